package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based proof that a name nobody introduced does not survive in the contexts the second audit found them
 * in (after a relation word, in a greeting or sign-off, with an age, before "here" or where they come from at the
 * start of a text), in Cyrillic or Latin letters, with one word or a full name; and that a caller who passes the
 * contact name loses its diminutives too.
 */
class NameContextPropertiesTest {

    private final Redactor redactor = new Redactor();

    /** A text and the name in it. */
    record Named(String text, String name) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Property(tries = 600)
    void aNameInANameContextDoesNotSurvive(@ForAll("namedTexts") Named named) {
        String redacted = redactor.redact(named.text(), List.of());

        for (String part : named.name().split("[\\s-]+")) {
            if (List.of("van", "der", "den", "de").contains(part)) {
                continue;
            }
            assertThat(Pattern.compile(
                                    "(?<!\\p{L})" + Pattern.quote(part) + "(?!\\p{L})",
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(redacted)
                            .find())
                    .as("'%s' survives in: %s", part, redacted)
                    .isFalse();
        }
        assertThat(redacted).contains(Redactor.NAME);
    }

    @Property(tries = 200)
    void theDiminutivesOfTheContactsNameGoToo(@ForAll("diminutives") Named named) {
        String redacted = redactor.redact(named.text(), List.of(named.name()));

        assertThat(redacted).as(redacted).doesNotContain(named.text().split(" ")[0]);
    }

    private static final List<String> CONTEXTS = List.of(
            "Ik zoek een tolk voor mijn buurvrouw %s, ze spreekt geen Nederlands.",
            "Can my wife %s also get a BSN?",
            "Моя дочка %s ходить до школи.",
            "Мой сын %s учится в школе, как получить DigiD?",
            "mijn man %s werkt bij een distributiecentrum",
            "Wanneer komt het leefgeld? Groetjes, %s",
            "Як отримати DigiD?\nЗ повагою, %s",
            "Как получить BSN? С уважением, %s",
            "How do I register? Kind regards, %s",
            "Hoe vraag ik huurtoeslag aan?\nMet vriendelijke groet,\n%s",
            "Де взяти страховку для дітей? Дякую, %s",
            "Beste %s, u kunt langskomen bij de gemeente.",
            "Dear %s, the municipality will call you.",
            "Шановна %s, зверніться до гемеенте.",
            "Hallo %s, je kunt DigiD aanvragen.",
            "%s (8 років) потребує школу.",
            "Ook %s (5 jaar) gaat naar school.",
            "%s here. I need help with housing.",
            "%s uit Kyiv. Hoe krijg ik een BSN?");

    private static final List<String> CYRILLIC_GIVEN = List.of(
            "Олена",
            "Ірина",
            "Юлія",
            "Андрій",
            "Олександр",
            "Наталія",
            "Дар'я",
            "Євген",
            "Тарас",
            "Оксана",
            "Дмитрий",
            "Наталья",
            "Алексей",
            "Екатерина",
            "Сергей",
            "Софія",
            "Максим",
            "Дарина",
            "Богдан",
            "Артём");
    private static final List<String> CYRILLIC_SURNAMES = List.of(
            "Коваль",
            "Шевченко",
            "Ткаченко",
            "Мельник",
            "Кравчук",
            "Бондаренко",
            "Олійник",
            "Лисенко",
            "Гнатюк",
            "Савчук",
            "Петров",
            "Смирнова",
            "Кузнецов",
            "Соколова",
            "Лебедев",
            "Бондар",
            "Петренко",
            "Іваненко");
    private static final List<String> LATIN_GIVEN = List.of(
            "Olena",
            "Iryna",
            "Yuliia",
            "Andrii",
            "Oleksandr",
            "Nataliia",
            "Daria",
            "Yevhen",
            "Taras",
            "Oksana",
            "Dmitriy",
            "Natalya",
            "Aleksey",
            "Ekaterina",
            "Sergey",
            "Sanne",
            "Daan",
            "Lotte",
            "Bram",
            "Femke",
            "Emily",
            "James",
            "Olivia",
            "Thomas",
            "Marieke",
            "Pieter",
            "Mykola",
            "Svitlana");
    private static final List<String> LATIN_SURNAMES = List.of(
            "Koval",
            "Shevchenko",
            "Tkachenko",
            "Melnyk",
            "Kravchuk",
            "Bondarenko",
            "Oliinyk",
            "Lysenko",
            "Hnatiuk",
            "Savchuk",
            "Petrov",
            "Smirnova",
            "Kuznetsov",
            "Sokolova",
            "Lebedev",
            "Jansen",
            "de Vries",
            "van den Heuvel-Jansen",
            "Bakker",
            "Visser",
            "Walker",
            "Brown",
            "Johnson",
            "de Graaf",
            "Hrytsenko",
            "Kravets");

    @Provide
    Arbitrary<Named> namedTexts() {
        Arbitrary<String> cyrillic = Combinators.combine(
                        Arbitraries.of(CYRILLIC_GIVEN), Arbitraries.of(CYRILLIC_SURNAMES), Arbitraries.of(true, false))
                .as((given, surname, full) -> full ? given + " " + surname : given);
        Arbitrary<String> latin = Combinators.combine(
                        Arbitraries.of(LATIN_GIVEN), Arbitraries.of(LATIN_SURNAMES), Arbitraries.of(true, false))
                .as((given, surname, full) -> full ? given + " " + surname : given);
        return Combinators.combine(Arbitraries.of(CONTEXTS), Arbitraries.oneOf(cyrillic, latin))
                .as((context, name) -> new Named(String.format(context, name), name));
    }

    /** "Наташа прийде" with the contact name "Наталья Иванова": the diminutive first, the contact name given. */
    @Provide
    Arbitrary<Named> diminutives() {
        return Combinators.combine(
                        Arbitraries.of(
                                new String[] {"Наталья Иванова", "Наташа"},
                                new String[] {"Наталья Иванова", "Natasha"},
                                new String[] {"Олександр Коваль", "Сашко"},
                                new String[] {"Oleksandr Koval", "Sasha"},
                                new String[] {"Ірина Бойко", "Іра"},
                                new String[] {"Михайло Мельник", "Миша"},
                                new String[] {"Любов Ткаченко", "Люба"},
                                new String[] {"Анастасія Лисенко", "Настя"},
                                new String[] {"Катерина Савчук", "Катя"},
                                new String[] {"Дмитро Гнатюк", "Діма"},
                                new String[] {"Yekaterina Petrova", "Katya"}),
                        Arbitraries.of(
                                "%s прийде завтра о десятій.",
                                "%s vraagt of ze mag werken.",
                                "%s asks whether she may work.",
                                "%s спрашивает про жильё."))
                .as((pair, template) -> new Named(String.format(template, pair[1]), pair[0]));
    }
}
