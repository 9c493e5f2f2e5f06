package nl.wegwijs.matching.engine;

import static nl.wegwijs.matching.engine.ScoringTest.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a coach reads beside a score: each soft signal says what it measured, in words that agree with its
 * {@code met} (for a soft signal: whether it counted in the candidate's favour) and with the points it gave.
 */
class ExplanationTest {

    static final List<LanguageRequirement> NL_EN_OR_PL_A2 =
            List.of(new LanguageRequirement(null, List.of("nl", "en", "pl"), Cefr.A2));

    static VacancyProfile vacancy(List<LanguageRequirement> languages, int hoursMin, int hoursMax, int minYears) {
        return new VacancyProfile(
                UUID.randomUUID(),
                "9333",
                52.71,
                5.75,
                languages,
                List.of(new LanguageLevel("uk", Cefr.B1)),
                List.of("order picking"),
                List.of("electric pallet truck"),
                List.of(),
                Set.of(),
                minYears,
                hoursMin,
                hoursMax,
                START);
    }

    static CandidateProfile candidate(List<LanguageLevel> languages, int hoursMin, int hoursMax, int years) {
        return new CandidateProfile(
                UUID.randomUUID(),
                52.71,
                5.75,
                languages,
                List.of("orderpicking", "EPM"),
                List.of(),
                List.of(new Occupation("9333", "picker", years)),
                15,
                hoursMin,
                hoursMax,
                Set.of(),
                START.minusDays(5),
                LocalDate.of(2027, 3, 4));
    }

    static Ranked explained(VacancyProfile vacancy, CandidateProfile candidate, int graceDays) {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), graceDays);
        engine.upsertCandidate(candidate);
        return engine.explain(vacancy, candidate.id()).orElseThrow();
    }

    static Criterion criterion(Ranked ranked, String name) {
        return ranked.explanation().stream()
                .filter(c -> c.criterion().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNativeSpeakerOfARequiredLanguageIsExplainedAsNativeAndHowManyLevelsAboveTheRequirement() {
        Ranked ranked = explained(
                vacancy(List.of(new LanguageRequirement("uk", null, Cefr.A1)), 32, 40, 0),
                candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE)), 32, 40, 2),
                14);

        assertThat(ranked.score()).isEqualByComparingTo(new BigDecimal("100.0"));
        Criterion level = criterion(ranked, "languageLevel");
        assertThat(level.met()).isTrue();
        assertThat(level.detail())
                .isEqualTo("full bonus: uk NATIVE, 6 levels above A1 (2 levels above earn the full bonus)")
                .doesNotContain("(s)");
    }

    @Test
    void exactlyTheRequiredLevelMeetsTheRequirementButEarnsNoBonusAndSaysSo() {
        Ranked ranked = explained(
                vacancy(NL_EN_OR_PL_A2, 32, 40, 0),
                candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("nl", Cefr.A2)), 32, 40, 2),
                14);

        assertThat(ranked.eligible()).isTrue();
        assertThat(ranked.score()).isEqualByComparingTo(new BigDecimal("90.0"));
        assertThat(criterion(ranked, "languages").met()).isTrue();
        Criterion level = criterion(ranked, "languageLevel");
        assertThat(level.met()).as("no bonus earned").isFalse();
        assertThat(level.detail())
                .isEqualTo("no bonus: nl A2, exactly the required level in any of nl, en, pl (meets it; the bonus is "
                        + "for a level above it)");
    }

    @Test
    void severalRequirementsSayEachLevelAndHowMuchOfTheBonusTheyEarn() {
        Ranked ranked = explained(
                vacancy(
                        List.of(
                                new LanguageRequirement("uk", null, Cefr.A1),
                                new LanguageRequirement("nl", null, Cefr.A2)),
                        32,
                        40,
                        0),
                candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("nl", Cefr.B1)), 32, 40, 2),
                14);

        assertThat(ranked.score()).as("3 of 4 bonus levels: 7.5 of 10").isEqualByComparingTo(new BigDecimal("97.5"));
        Criterion level = criterion(ranked, "languageLevel");
        assertThat(level.met()).isTrue();
        assertThat(level.detail())
                .isEqualTo("bonus for 3 of 4 levels: uk NATIVE, 6 levels above A1; nl B1, 1 level above A2 (up to 2 "
                        + "levels above each required level count)");
    }

    @Test
    void hoursFitIsTheShareOfTheVacancysWholeHourWeeksTheCandidateWantsAndSaysSo() {
        Ranked ranked = explained(
                vacancy(NL_EN_OR_PL_A2, 30, 40, 0),
                candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)), 24, 32, 2),
                14);

        assertThat(ranked.score())
                .as("30, 31 and 32 of the 11 weekly hour counts 30..40: 10 x 3/11 = 2.7 points")
                .isEqualByComparingTo(new BigDecimal("92.7"));
        Criterion hours = criterion(ranked, "hoursFit");
        assertThat(hours.met()).isFalse();
        assertThat(hours.detail())
                .isEqualTo("27%: the candidate wants 3 of the 11 weekly hour counts the vacancy allows (30-32 of "
                        + "30-40 h, in whole hours)");
    }

    @Test
    void hoursFitOfAFixedOrFullyWantedRangeSaysSo() {
        List<LanguageLevel> speaks = List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2));

        assertThat(criterion(
                                explained(vacancy(NL_EN_OR_PL_A2, 40, 40, 0), candidate(speaks, 32, 40, 2), 14),
                                "hoursFit")
                        .detail())
                .isEqualTo("100%: the candidate wants the vacancy's 40 h a week");
        assertThat(criterion(
                                explained(vacancy(NL_EN_OR_PL_A2, 32, 40, 0), candidate(speaks, 24, 40, 2), 14),
                                "hoursFit")
                        .detail())
                .isEqualTo("100%: the candidate wants each of the 9 weekly hour counts the vacancy allows (32-40 h, in "
                        + "whole hours)");
        assertThat(criterion(
                                explained(vacancy(NL_EN_OR_PL_A2, 32, 40, 0), candidate(speaks, 24, 32, 2), 14),
                                "hoursFit")
                        .detail())
                .isEqualTo("11%: the candidate wants 1 of the 9 weekly hour counts the vacancy allows (32 of 32-40 h, "
                        + "in whole hours)");
    }

    @Test
    void oneYearOneDayAndOnePreferredSkillAreSingular() {
        Ranked experience = explained(
                vacancy(NL_EN_OR_PL_A2, 32, 40, 1),
                candidate(List.of(new LanguageLevel("en", Cefr.B2)), 32, 40, 1),
                14);
        assertThat(criterion(experience, "experience").detail())
                .isEqualTo("1 year in ISCO minor group 933, 1 required");
        assertThat(criterion(experience, "preferredSkills").detail())
                .isEqualTo("1 of 1 preferred skill: holds electric pallet truck");

        CandidateProfile late = candidate(List.of(new LanguageLevel("en", Cefr.B2)), 32, 40, 2);
        late = new CandidateProfile(
                late.id(),
                late.latitude(),
                late.longitude(),
                late.languages(),
                late.skills(),
                late.certificates(),
                late.occupations(),
                late.maxTravelKm(),
                late.hoursMin(),
                late.hoursMax(),
                late.drivingLicences(),
                START.plusDays(1),
                late.authorisedUntil());
        assertThat(criterion(explained(vacancy(NL_EN_OR_PL_A2, 32, 40, 0), late, 0), "availability")
                        .detail())
                .isEqualTo("available from 2027-01-13, start 2027-01-12 (1 day late, 0 allowed)");
    }
}
