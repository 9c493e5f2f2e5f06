package nl.wegwijs.knowledge.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.platform.privacy.Redactor;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private final PersonalData personalData = new PersonalData(new Redactor());

    @Test
    void theStaffAnswerLosesTheNameThePersonGaveWithIAmInTheirQuestionInAnyForm() {
        String question = "Я Ірина Бойко з Харкова. Де отримати BSN?";
        String answer = "Ірино, BSN ви отримаєте в гемеенте. Пані Бойко, візьміть паспорт.";

        String redacted = personalData.redact(answer, personalData.introducedNames(question));

        assertThat(personalData.introducedNames(question)).containsExactly("Ірина Бойко");
        assertThat(redacted).doesNotContain("Ірин", "Бойко").contains("[name]", "гемеенте");
    }

    @Test
    void theWholeNameIsTakenWithItsParticlesAndNotATitleOrANationality() {
        assertThat(personalData.introducedNames("Hi, I'm Anna-Maria van der Berg. Where do I get a DigiD?"))
                .containsExactly("Anna-Maria van der Berg");
        assertThat(personalData.introducedNames("I am Mrs Smith")).containsExactly("Smith");
        assertThat(personalData.introducedNames("I am Ukrainian and I'm IT specialist, ik ben Oekraïense"))
                .isEmpty();
    }

    @Test
    void theStaffAnswerLosesTheNameOfTheQuestionsSignOffAndItsOwnSalutationInAnyForm() {
        String question = "Як отримати DigiD? Дякую, Олег Бондар";
        String answer = "Шановний Олеже, DigiD замовляють на digid.nl. Олеже, код прийде поштою.";

        List<String> names = personalData.introducedNames(question);

        assertThat(names).containsExactly("Олег Бондар");
        assertThat(personalData.redact(question, names))
                .startsWith("Як отримати DigiD? Дякую, [name]")
                .doesNotContain("Олег", "Бондар");
        assertThat(personalData.redact(answer, names)).doesNotContain("Олег").contains("digid.nl");
        assertThat(personalData.redact("Beste Mykola, de kaart vraagt u aan. Mykola, neem uw paspoort mee.", List.of()))
                .doesNotContain("Mykola");
    }

    @Test
    void theQuestionLosesTheNameOnlyTheStaffAnswersSalutationTellsInAnyForm() {
        String question = "Чи може Світозар отримати картку бібліотеки в Кампені? Світозар дуже любить читати.";
        String answer = "Вітаю, Світозаре! Бібліотека в Кампені видає картку безкоштовно.";

        List<String> names = personalData.namesOf(question, answer);

        assertThat(personalData.redact(question, names))
                .isEqualTo("Чи може [name] отримати картку бібліотеки в Кампені? [name] дуже любить читати.");
        assertThat(personalData.redact(answer, names)).doesNotContain("Світозар");
        assertThat(personalData.namesOf("Can Hrytsenko get a library card?", "Dear Mr Hrytsenko, yes."))
                .containsExactly("Hrytsenko");
        assertThat(personalData.namesOf("Як отримати DigiD? Дякую, Олег Бондар", null))
                .containsExactly("Олег Бондар");
    }
}
