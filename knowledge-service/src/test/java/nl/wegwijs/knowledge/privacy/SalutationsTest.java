package nl.wegwijs.knowledge.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalutationsTest {

    private static String body(String answer) {
        return Salutations.withoutSalutationAndSignOff(answer);
    }

    @Test
    void aSalutationOpeningTheAnswerGoesInTheFourLanguages() {
        assertThat(body("Beste Mykola, een gehandicaptenparkeerkaart vraagt u aan bij de gemeente; er volgt een"
                        + " medische keuring."))
                .isEqualTo(
                        "Een gehandicaptenparkeerkaart vraagt u aan bij de gemeente; er volgt een medische keuring.");
        assertThat(body("Шановний Олеже, DigiD замовляють на digid.nl.")).isEqualTo("DigiD замовляють на digid.nl.");
        assertThat(body("Dear Anna,\n\nYou apply for DigiD on digid.nl."))
                .isEqualTo("You apply for DigiD on digid.nl.");
        assertThat(body("Добрий день, Олено! Лефгелд платить гемеенте.")).isEqualTo("Лефгелд платить гемеенте.");
        assertThat(body("Здравствуйте, Анна Петровна!\nDigiD оформляют на digid.nl."))
                .isEqualTo("DigiD оформляют на digid.nl.");
        assertThat(body("Beste [name], u krijgt een BSN bij de gemeente."))
                .isEqualTo("U krijgt een BSN bij de gemeente.");
        assertThat(body("Geachte mevrouw De Vries, de huurtoeslag vraagt u aan bij de Belastingdienst."))
                .isEqualTo("De huurtoeslag vraagt u aan bij de Belastingdienst.");
        assertThat(body("Hallo allemaal! De taalcursus begint maandag.")).isEqualTo("De taalcursus begint maandag.");
        assertThat(body("Shanovna Oleno, lefgeld platyt gemeente.")).isEqualTo("Lefgeld platyt gemeente.");
        assertThat(body("[name], we called you: the youth fund pays."))
                .isEqualTo("We called you: the youth fund pays.");
    }

    @Test
    void aSignOffClosingTheAnswerGoesWithTheLinesAfterIt() {
        assertThat(
                        body(
                                "U vraagt het aan bij de gemeente.\n\nMet vriendelijke groet,\nAnna de Vries\nHelpdesk Wegwijs"))
                .isEqualTo("U vraagt het aan bij de gemeente.");
        assertThat(body("U vraagt het aan bij de gemeente. Met vriendelijke groet, Anna (Wegwijs)"))
                .isEqualTo("U vraagt het aan bij de gemeente.");
        assertThat(body("Зверніться до гемеенте.\nЗ повагою, Олена, Wegwijs")).isEqualTo("Зверніться до гемеенте.");
        assertThat(body("Обратитесь в гемеенте.\n\nС уважением,\nАнна")).isEqualTo("Обратитесь в гемеенте.");
        assertThat(body("Apply at the municipality.\nKind regards,\n[name]")).isEqualTo("Apply at the municipality.");
        assertThat(body("Apply at the municipality. Thanks!")).isEqualTo("Apply at the municipality.");
    }

    @Test
    void wordsThatOnlyLookLikeASalutationOrSignOffStay() {
        for (String answer : new String[] {
            "Dag 1 van de cursus is maandag.",
            "Hello is what you say at the counter; then show your passport.",
            "Thanks to the new law you may work. Thanks, we will call you tomorrow about the contract.",
            "Ja, dat mag. Groeten doen ze daar niet.",
            "Дякую за питання: зверніться до гемеенте, там допоможуть з реєстрацією.",
            "Olena, the youth fund pays."
        }) {
            assertThat(body(answer)).as(answer).isEqualTo(answer);
        }
        assertThat(body("Hallo, Ja, dat mag.")).isEqualTo("Ja, dat mag.");
    }

    @Test
    void theNamesOfASalutationSignOffOrBareIntroductionAreNames() {
        assertThat(Salutations.namesIn("Beste Mykola, een gehandicaptenparkeerkaart ..."))
                .containsExactly("Mykola");
        assertThat(Salutations.namesIn("Як отримати DigiD? Дякую, Олег Бондар")).containsExactly("Олег Бондар");
        assertThat(Salutations.namesIn("Mykola Hrytsenko uit Kyiv. Hoe krijg ik een parkeerkaart?"))
                .containsExactly("Mykola Hrytsenko");
        assertThat(Salutations.namesIn("Svitlana Kravets here. How do I get one?"))
                .containsExactly("Svitlana Kravets");
        assertThat(Salutations.namesIn(
                        "Doe het bij de gemeente.\nMet vriendelijke groet,\nAnna de Vries\nHelpdesk Wegwijs"))
                .containsExactly("Anna de Vries");
        assertThat(Salutations.namesIn("Geachte mevrouw De Vries, ...")).containsExactly("De Vries");
        assertThat(Salutations.namesIn("Dear Sir or Madam, ...")).isEmpty();
        assertThat(Salutations.namesIn("Greetings from Kyiv! How do I get a BSN?"))
                .isEmpty();
        assertThat(Salutations.namesIn("Groeten uit Kyiv. Hoe krijg ik een BSN?"))
                .isEmpty();
        assertThat(Salutations.namesIn("Met vriendelijke groet, het Wegwijs-team"))
                .isEmpty();
    }
}
