package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phones capitalise the word after "my son", "моя дочка", "mijn man": a verb or other ordinary word there stays, a
 * name (known or not) goes.
 */
class CapitalisedWordsAfterRelationWordsTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            my son Goes to school in Utrecht.
            моя дочка Ходить до школи в Утрехті.
            mijn man Werkt in Zwolle.
            my wife Works at a warehouse in Venlo.
            mijn dochter Gaat naar school.
            my son Doesn't speak Dutch yet.
            my daughter Also needs a BSN.
            mijn vrouw Woont nog in Kyiv.
            моя донька Навчається в школі.
            мій чоловік Працював у Києві.
            моя мама Живе зі мною.
            мой сын Учится в школе.
            мой муж Работает в Утрехте.
            моя мама Живёт с нами.
            """)
    void keepsAnOrdinaryWordCapitalisedAfterARelationWord(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
        assertThat(redactor.namesIntroducedIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            мій чоловік Тарас працює в Утрехті.      | мій чоловік [name] працює в Утрехті.
            my neighbour Oksanka helps us.           | my neighbour [name] helps us.
            mijn buurvrouw Oksanka helpt ons.        | mijn buurvrouw [name] helpt ons.
            моя сусідка Мирославка допомагає.        | моя сусідка [name] допомагає.
            мой сосед Тимурчик помогает.             | мой сосед [name] помогает.
            мій син Тарас Ходить до школи.           | мій син [name] Ходить до школи.
            my daughter Sofia Goes to school.        | my daughter [name] Goes to school.
            my son Will Goes to school.              | my son [name] Goes to school.
            mijn man Werkt, mijn zoon Daan niet.     | mijn man Werkt, mijn zoon [name] niet.
            """)
    void stillRedactsANameAfterARelationWord(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }
}
