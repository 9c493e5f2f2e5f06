package nl.wegwijs.knowledge.privacy;

import static org.assertj.core.api.Assertions.assertThat;

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
}
