package nl.wegwijs.matching.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.matching.engine.HoursPerWeek;
import nl.wegwijs.matching.engine.Location;
import org.junit.jupiter.api.Test;

class VacancyRulesTest {

    /** The figure of 1 January 2026 in a table that also has the next one. */
    private static final MinimumWage.InForce ADULT_2026 =
            new MinimumWage.InForce(LocalDate.parse("2026-01-01"), new BigDecimal("14.71"), false);
    /** The same figure as the last row of the table. */
    private static final MinimumWage.InForce LATEST_2026 =
            new MinimumWage.InForce(LocalDate.parse("2026-01-01"), new BigDecimal("14.71"), true);

    private static final LocalDate START = LocalDate.parse("2026-03-02");

    @Test
    void monthlyAndYearlyPayAreConvertedOverTheMaximumHours() {
        assertThat(VacancyRules.hourly(new Salary(new BigDecimal("14.71"), null, Salary.Per.HOUR, "EUR"), 40))
                .isEqualByComparingTo("14.71");
        // 2,550 a month * 12 / 52 / 40 h = 14.71
        assertThat(VacancyRules.hourly(new Salary(new BigDecimal("2550"), null, Salary.Per.MONTH, "EUR"), 40))
                .isEqualByComparingTo("14.71");
        assertThat(VacancyRules.hourly(new Salary(new BigDecimal("30597"), null, Salary.Per.YEAR, "EUR"), 40))
                .isEqualByComparingTo("14.71");
    }

    @Test
    void payBelowTheAdultMinimumWageIsAWarningNamingTheMinimumTheDateAndTheUnder21Exception() {
        VacancyRequest v = vacancy(new Salary(new BigDecimal("14.40"), null, Salary.Per.HOUR, "EUR"), 40);

        assertThat(VacancyRules.belowMinimumWage(v, START, ADULT_2026))
                .contains(new VacancyWarning(
                        "salary.min",
                        "below the adult statutory minimum wage of €14.71 per hour in force on 2026-03-02; allowed "
                                + "only for workers under 21, at least at the youth minimum wage for their age. "
                                + "Posted: €14.40 per hour, holiday allowance not counted"));
    }

    @Test
    void workStartingWhenTheLatestKnownFigureMayHaveBeenReplacedIsComparedWithItAndTheWarningSaysSinceWhen() {
        VacancyRequest v = vacancy(new Salary(new BigDecimal("14.40"), null, Salary.Per.HOUR, "EUR"), 40);

        assertThat(VacancyRules.belowMinimumWage(v, LocalDate.parse("2027-01-12"), LATEST_2026))
                .contains(new VacancyWarning(
                        "salary.min",
                        "below the adult statutory minimum wage of €14.71 per hour in force since 2026-01-01, the "
                                + "latest figure known here (work starts 2027-01-12; a newer figure may apply by "
                                + "then); allowed only for workers under 21, at least at the youth minimum wage for "
                                + "their age. Posted: €14.40 per hour, holiday allowance not counted"));
        assertThat(VacancyRules.belowMinimumWage(v, LocalDate.parse("2026-06-30"), LATEST_2026)
                        .orElseThrow()
                        .message())
                .startsWith("below the adult statutory minimum wage of €14.71 per hour in force on 2026-06-30;");
    }

    @Test
    void theLatestFigureIsKnownToHoldUntilTheNextFirstOfJanuaryOrJuly() {
        assertThat(LATEST_2026.knownUntil()).isEqualTo("2026-07-01");
        assertThat(LATEST_2026.knownOn(LocalDate.parse("2026-06-30"))).isTrue();
        assertThat(LATEST_2026.knownOn(LocalDate.parse("2026-07-01"))).isFalse();
        MinimumWage.InForce july =
                new MinimumWage.InForce(LocalDate.parse("2025-07-01"), new BigDecimal("14.40"), true);
        assertThat(july.knownUntil()).isEqualTo("2026-01-01");
        assertThat(july.knownOn(LocalDate.parse("2025-12-31"))).isTrue();
        assertThat(july.knownOn(LocalDate.parse("2026-01-01"))).isFalse();
        assertThat(ADULT_2026.knownOn(LocalDate.parse("2026-06-30")))
                .as("a figure with a later row after it holds until that row")
                .isTrue();
    }

    @Test
    void aMonthlyWarningShowsThePostedPayAndItsHourlyRate() {
        VacancyRequest v = vacancy(new Salary(new BigDecimal("2400"), null, Salary.Per.MONTH, "EUR"), 40);

        assertThat(VacancyRules.belowMinimumWage(v, START, ADULT_2026)
                        .orElseThrow()
                        .message())
                .contains("Posted: €2400 a month, €13.84 per hour over 40 hours a week");
    }

    @Test
    void payAtTheMinimumOrAboveHasNoWarning() {
        assertThat(VacancyRules.belowMinimumWage(
                        vacancy(new Salary(new BigDecimal("14.71"), null, Salary.Per.HOUR, "EUR"), 40),
                        START,
                        ADULT_2026))
                .isEmpty();
        // 2,400 a month over 36 hours a week is 15.38 per hour
        assertThat(VacancyRules.belowMinimumWage(
                        vacancy(new Salary(new BigDecimal("2400"), null, Salary.Per.MONTH, "EUR"), 36),
                        START,
                        ADULT_2026))
                .isEmpty();
    }

    @Test
    void aRequiredSkillOrCertificateOutsideTheSkillVocabularyIsAWarningNamingItsField() {
        assertThat(VacancyRules.outsideTheSkillVocabulary("skills", List.of("orderpicken", "SAP EWM", "heftruck")))
                .containsExactly(new VacancyWarning(
                        "skills[1]",
                        "\"SAP EWM\" is not in the skill vocabulary: it is matched by its exact wording only (case, "
                                + "accents and punctuation aside), not by other names or translations, so a candidate "
                                + "who wrote it another way is not found"));
        assertThat(VacancyRules.outsideTheSkillVocabulary("certificates", List.of("VCA", "Lasdiploma NEN 3140")))
                .extracting(VacancyWarning::field)
                .containsExactly("certificates[1]");
    }

    @Test
    void skillsTheVocabularyKnowsInAnyOfItsLanguagesGiveNoWarning() {
        assertThat(VacancyRules.outsideTheSkillVocabulary(
                        "skills", List.of("orderpicken", "комплектування замовлень", "verzorgende IG", "kassa")))
                .isEmpty();
    }

    @Test
    void theSectorFollowsTheIscoCode() {
        assertThat(Sector.fromIsco("9333")).isEqualTo(Sector.LOGISTICS);
        assertThat(Sector.fromIsco("2512")).isEqualTo(Sector.IT);
        assertThat(Sector.fromIsco("5322")).isEqualTo(Sector.CARE);
        assertThat(Sector.fromIsco("9112")).isEqualTo(Sector.CLEANING);
        assertThat(Sector.fromIsco("7112")).isEqualTo(Sector.CONSTRUCTION);
        assertThat(Sector.fromIsco("9214")).isEqualTo(Sector.HORTICULTURE);
        assertThat(Sector.fromIsco("5120")).isEqualTo(Sector.HOSPITALITY);
        assertThat(Sector.fromIsco("2341")).isEqualTo(Sector.EDUCATION);
        assertThat(Sector.fromIsco("7512")).isEqualTo(Sector.FOOD);
    }

    private static VacancyRequest vacancy(Salary salary, int maxHours) {
        return new VacancyRequest(
                "Orderpicker",
                null,
                "9333",
                null,
                new Location("Venlo", null),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                new HoursPerWeek(Math.min(32, maxHours), maxHours),
                ContractType.TEMPORARY_AGENCY,
                salary,
                LocalDate.parse("2027-01-12"));
    }
}
