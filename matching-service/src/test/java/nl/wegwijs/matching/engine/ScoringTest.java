package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.matching.places.Place;
import nl.wegwijs.matching.places.Places;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static final LocalDate START = LocalDate.of(2027, 1, 12);

    static VacancyProfile orderpicker() {
        return new VacancyProfile(
                UUID.randomUUID(),
                "9333",
                52.71,
                5.75,
                List.of(new LanguageRequirement(null, List.of("nl", "en", "pl"), Cefr.A2)),
                List.of(new LanguageLevel("uk", Cefr.B1)),
                List.of("order picking", "handheld scanner"),
                List.of("electric pallet truck"),
                List.of(),
                Set.of(),
                0,
                32,
                40,
                START);
    }

    static CandidateProfile candidate(List<LanguageLevel> languages) {
        return new CandidateProfile(
                UUID.randomUUID(),
                52.71,
                5.75,
                languages,
                List.of("orderpicking", "handscanner", "EPM"),
                List.of("VCA"),
                List.of(new Occupation("9333", "picker", 2)),
                15,
                32,
                40,
                Set.of(DrivingLicence.B),
                START.minusDays(5),
                LocalDate.of(2027, 3, 4));
    }

    @Test
    void aCandidateMeetingEveryRequirementRanksWithAFullExplanation() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile fits =
                candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)));
        engine.upsertCandidate(fits);
        Ranking ranking = engine.candidatesFor(orderpicker(), 10);
        assertThat(ranking.items()).hasSize(1);
        Ranked r = ranking.items().getFirst();
        assertThat(r.candidateId()).isEqualTo(fits.id());
        assertThat(r.eligible()).isTrue();
        assertThat(r.score()).isGreaterThan(new BigDecimal("80"));
        assertThat(r.explanation())
                .extracting(Criterion::criterion)
                .contains("languages", "skills", "distance", "occupation");
        assertThat(r.explanation())
                .filteredOn(c -> c.criterion().equals("preferredSkills"))
                .allMatch(Criterion::met);
    }

    @Test
    void oneLevelBelowARequiredLanguageIsANearMissNotSilence() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile near =
                candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.A1)));
        CandidateProfile far = candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE)));
        engine.upsertCandidate(near);
        engine.upsertCandidate(far);
        Ranking ranking = engine.candidatesFor(orderpicker(), 10);
        assertThat(ranking.items()).isEmpty();
        assertThat(ranking.nearMisses()).extracting(Ranked::candidateId).containsExactly(near.id());
        assertThat(ranking.nearMisses().getFirst().explanation())
                .anySatisfy(c -> assertThat(c.detail()).contains("near miss"));
    }

    /** The orderpicker with other language requirements, as a vacancy stored before codes were checked may have. */
    static VacancyProfile orderpickerRequiring(List<LanguageRequirement> languages, List<LanguageLevel> preferred) {
        VacancyProfile v = orderpicker();
        return new VacancyProfile(
                v.id(),
                v.isco(),
                v.latitude(),
                v.longitude(),
                languages,
                preferred,
                v.skills(),
                v.preferredSkills(),
                v.certificates(),
                v.drivingLicences(),
                v.minYearsExperience(),
                v.hoursMin(),
                v.hoursMax(),
                v.startDate());
    }

    @Test
    void aCodeThatIsNoLanguageIsSpokenByNobodyAndRequiredMeetsNobodyNotEvenAsANearMiss() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile claimsXx = candidate(List.of(new LanguageLevel("xx", Cefr.NATIVE)));
        CandidateProfile speaksUk = candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE)));
        engine.upsertCandidate(claimsXx);
        engine.upsertCandidate(speaksUk);
        VacancyProfile requiresXx = orderpickerRequiring(
                List.of(new LanguageRequirement("xx", null, Cefr.A1)), List.of(new LanguageLevel("xx", Cefr.B1)));

        Ranking ranking = engine.candidatesFor(requiresXx, 10);

        assertThat(ranking.items()).isEmpty();
        assertThat(ranking.nearMisses())
                .as("not speaking a language at all is no near miss of A1")
                .isEmpty();
        assertThat(engine.explain(requiresXx, claimsXx.id()).orElseThrow().explanation())
                .filteredOn(c -> c.criterion().equals("languages"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.met()).isFalse();
                    assertThat(c.detail())
                            .isEqualTo("xx A1 required, none spoken (xx: not an ISO 639-1 language code, met by "
                                    + "nobody)");
                });
    }

    @Test
    void aCodeThatIsNoLanguageAmongSeveralIsIgnoredAndTheOthersStillCount() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile speaksNl = candidate(List.of(new LanguageLevel("nl", Cefr.B1)));
        CandidateProfile claimsXx = candidate(List.of(new LanguageLevel("xx", Cefr.NATIVE)));
        engine.upsertCandidate(speaksNl);
        engine.upsertCandidate(claimsXx);

        Ranking ranking = engine.candidatesFor(
                orderpickerRequiring(List.of(new LanguageRequirement(null, List.of("xx", "nl"), Cefr.A2)), List.of()),
                10);

        assertThat(ranking.items()).extracting(Ranked::candidateId).containsExactly(speaksNl.id());
        assertThat(ranking.nearMisses()).isEmpty();
    }

    @Test
    void theSameFunctionRanksVacanciesForACandidate() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile fits = candidate(List.of(new LanguageLevel("en", Cefr.B2)));
        engine.upsertCandidate(fits);
        VacancyProfile v = orderpicker();
        engine.upsertVacancy(v);
        Ranking ranking = engine.vacanciesFor(fits.id(), 5).orElseThrow();
        assertThat(ranking.items()).extracting(Ranked::vacancyId).containsExactly(v.id());
        assertThat(ranking.items().getFirst().score())
                .isEqualTo(engine.candidatesFor(v, 1).items().getFirst().score());
    }

    @Test
    void equallyGoodVacanciesForACandidateComeInVacancyIdOrderSoTheTopIsTheSameEachTime() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile fits = candidate(List.of(new LanguageLevel("en", Cefr.B2)));
        engine.upsertCandidate(fits);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            VacancyProfile v = orderpicker();
            engine.upsertVacancy(v);
            ids.add(v.id().toString());
        }

        Ranking topThree = engine.vacanciesFor(fits.id(), 3).orElseThrow();

        assertThat(topThree.items())
                .extracting(r -> r.vacancyId().toString())
                .containsExactlyElementsOf(ids.stream().sorted().limit(3).toList());
    }

    @Test
    void aPreferredSkillNamedTwiceUnderTwoOfItsNamesCountsOnce() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile fits = candidate(List.of(new LanguageLevel("en", Cefr.B2)));
        engine.upsertCandidate(fits);

        Ranked twice = engine.candidatesFor(preferring(List.of("electric pallet truck", "forklift", "heftruck")), 1)
                .items()
                .getFirst();
        Ranked once = engine.candidatesFor(preferring(List.of("electric pallet truck", "forklift")), 1)
                .items()
                .getFirst();

        assertThat(twice.score()).isEqualTo(once.score());
        assertThat(twice.explanation())
                .filteredOn(c -> c.criterion().equals("preferredSkills"))
                .singleElement()
                .extracting(Criterion::detail)
                .isEqualTo("1 of 2 preferred skills: holds electric pallet truck; missing forklift");
    }

    private static VacancyProfile preferring(List<String> preferredSkills) {
        VacancyProfile v = orderpicker();
        return new VacancyProfile(
                v.id(),
                v.isco(),
                v.latitude(),
                v.longitude(),
                v.languages(),
                v.preferredLanguages(),
                v.skills(),
                preferredSkills,
                v.certificates(),
                v.drivingLicences(),
                v.minYearsExperience(),
                v.hoursMin(),
                v.hoursMax(),
                v.startDate());
    }

    /** The orderpicker requiring driving licences. */
    static VacancyProfile orderpickerDriving(Set<DrivingLicence> licences) {
        VacancyProfile v = orderpicker();
        return new VacancyProfile(
                v.id(),
                v.isco(),
                v.latitude(),
                v.longitude(),
                v.languages(),
                v.preferredLanguages(),
                v.skills(),
                v.preferredSkills(),
                v.certificates(),
                licences,
                v.minYearsExperience(),
                v.hoursMin(),
                v.hoursMax(),
                v.startDate());
    }

    static CandidateProfile driving(Set<DrivingLicence> licences) {
        CandidateProfile c = candidate(List.of(new LanguageLevel("en", Cefr.B2)));
        return new CandidateProfile(
                c.id(),
                c.latitude(),
                c.longitude(),
                c.languages(),
                c.skills(),
                c.certificates(),
                c.occupations(),
                c.maxTravelKm(),
                c.hoursMin(),
                c.hoursMax(),
                licences,
                c.availableFrom(),
                c.authorisedUntil());
    }

    private static Criterion licenceCriterion(MatchingEngine engine, VacancyProfile v, CandidateProfile c) {
        return engine.explain(v, c.id()).orElseThrow().explanation().stream()
                .filter(criterion -> criterion.criterion().equals("drivingLicences"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCeHolderMeetsAVacancyRequiringCAndTheExplanationSaysCeIncludesC() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile ce = driving(Set.of(DrivingLicence.B, DrivingLicence.CE));
        CandidateProfile carOnly = driving(Set.of(DrivingLicence.B));
        engine.upsertCandidate(ce);
        engine.upsertCandidate(carOnly);
        VacancyProfile truck = orderpickerDriving(Set.of(DrivingLicence.C));

        Ranking ranking = engine.candidatesFor(truck, 10);

        assertThat(ranking.items()).extracting(Ranked::candidateId).containsExactly(ce.id());
        assertThat(licenceCriterion(engine, truck, ce))
                .isEqualTo(new Criterion("drivingLicences", true, "CE includes C"));
        assertThat(licenceCriterion(engine, truck, carOnly))
                .isEqualTo(new Criterion("drivingLicences", false, "missing C (holds B)"));
        assertThat(engine.vacanciesFor(ce.id(), 5).orElseThrow().items()).isEmpty(); // the vacancy is not stored
        engine.upsertVacancy(truck);
        assertThat(engine.vacanciesFor(ce.id(), 5).orElseThrow().items())
                .extracting(Ranked::vacancyId)
                .containsExactly(truck.id());
        assertThat(engine.vacanciesFor(carOnly.id(), 5).orElseThrow().items()).isEmpty();
    }

    @Test
    void aLicenceListedAloneCountsWithTheCategoriesItNeedsAndIncludesButNeverTheOtherWayRound() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile ceOnly = driving(Set.of(DrivingLicence.CE));
        CandidateProfile cAndD = driving(Set.of(DrivingLicence.B, DrivingLicence.C, DrivingLicence.D));
        CandidateProfile ceAndD = driving(Set.of(DrivingLicence.CE, DrivingLicence.D));
        engine.upsertCandidate(ceOnly);
        engine.upsertCandidate(cAndD);
        engine.upsertCandidate(ceAndD);

        VacancyProfile carAndTrailer = orderpickerDriving(Set.of(DrivingLicence.B, DrivingLicence.BE));
        assertThat(engine.candidatesFor(carAndTrailer, 10).items())
                .extracting(Ranked::candidateId)
                .containsExactlyInAnyOrder(ceOnly.id(), ceAndD.id()); // C and D include no trailer category
        assertThat(licenceCriterion(engine, carAndTrailer, ceOnly).detail()).isEqualTo("CE includes B; CE includes BE");

        VacancyProfile articulated = orderpickerDriving(Set.of(DrivingLicence.CE));
        assertThat(engine.candidatesFor(articulated, 10).items())
                .extracting(Ranked::candidateId)
                .containsExactlyInAnyOrder(ceOnly.id(), ceAndD.id());
        assertThat(licenceCriterion(engine, articulated, cAndD))
                .isEqualTo(new Criterion("drivingLicences", false, "missing CE (holds B, C, D)"));

        VacancyProfile busWithTrailer = orderpickerDriving(Set.of(DrivingLicence.DE));
        assertThat(engine.candidatesFor(busWithTrailer, 10).items())
                .extracting(Ranked::candidateId)
                .containsExactly(ceAndD.id());
        assertThat(licenceCriterion(engine, busWithTrailer, ceAndD).detail()).isEqualTo("CE and D include DE");
    }

    @Test
    void scoresAreExactDecimalsWithOneDecimal() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile c = candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)));
        // 32-36 of the vacancy's 32-40 hours: 5/9 of the hours-fit weight, 5.56 points; every other signal in full
        CandidateProfile partTime = new CandidateProfile(
                c.id(),
                c.latitude(),
                c.longitude(),
                c.languages(),
                c.skills(),
                c.certificates(),
                c.occupations(),
                c.maxTravelKm(),
                32,
                36,
                c.drivingLicences(),
                c.availableFrom(),
                c.authorisedUntil());
        engine.upsertCandidate(partTime);
        VacancyProfile v = orderpicker();
        engine.upsertVacancy(v);

        BigDecimal forVacancy = engine.candidatesFor(v, 1).items().getFirst().score();
        BigDecimal forCandidate = engine.vacanciesFor(partTime.id(), 1)
                .orElseThrow()
                .items()
                .getFirst()
                .score();
        BigDecimal explained = engine.explain(v, partTime.id()).orElseThrow().score();

        assertThat(forVacancy).isEqualTo(new BigDecimal("95.6")).hasScaleOf(1);
        assertThat(forVacancy.toString()).isEqualTo("95.6");
        assertThat(forCandidate).isEqualTo(forVacancy);
        assertThat(explained).isEqualTo(forVacancy);
    }

    @Test
    void theIscoHierarchyRanksSameUnitGroupAboveSameMajorGroup() {
        assertThat(Scoring.occupationFit(9333, 9333)).isGreaterThan(Scoring.occupationFit(9334, 9333));
        assertThat(Scoring.occupationFit(9334, 9333)).isGreaterThan(Scoring.occupationFit(9321, 9333));
        assertThat(Scoring.occupationFit(9321, 9333)).isGreaterThan(Scoring.occupationFit(9112, 9333));
        assertThat(Scoring.occupationFit(9112, 9333)).isGreaterThan(Scoring.occupationFit(5120, 9333));
    }

    @Test
    void skillsAreNormalisedWithSynonyms() {
        assertThat(Skills.normalise("  Heftruck ")).isEqualTo(Skills.normalise("forklift"));
        assertThat(Skills.normalise("Order-Picking")).isEqualTo(Skills.normalise("order picking"));
        assertThat(Skills.normalise("VCA")).isEqualTo(Skills.normalise("VCA basis"));
        assertThat(Skills.normalise("Café service")).isEqualTo("cafe service");
    }

    static VacancyProfile orderpickerIn(String place, double latitude, double longitude) {
        VacancyProfile v = orderpicker();
        return new VacancyProfile(
                v.id(),
                v.isco(),
                latitude,
                longitude,
                v.languages(),
                v.preferredLanguages(),
                v.skills(),
                v.preferredSkills(),
                v.certificates(),
                v.drivingLicences(),
                v.minYearsExperience(),
                v.hoursMin(),
                v.hoursMax(),
                v.startDate(),
                place);
    }

    static CandidateProfile candidateAt(double latitude, double longitude, int maxTravelKm) {
        CandidateProfile c = candidate(List.of(new LanguageLevel("en", Cefr.B2)));
        return new CandidateProfile(
                c.id(),
                latitude,
                longitude,
                c.languages(),
                c.skills(),
                c.certificates(),
                c.occupations(),
                maxTravelKm,
                c.hoursMin(),
                c.hoursMax(),
                c.drivingLicences(),
                c.availableFrom(),
                c.authorisedUntil());
    }

    private static String distanceDetail(Ranked ranked) {
        return ranked.explanation().stream()
                .filter(c -> c.criterion().equals("distance"))
                .findFirst()
                .orElseThrow()
                .detail();
    }

    @Test
    void twoAddressesInOnePlaceAreExplainedAsTheSamePlaceNotAsAPreciseLookingZeroKilometres() {
        Place groningen = new Places().find("Groningen").orElseThrow();
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile neighbour = candidateAt(groningen.latitude(), groningen.longitude(), 15);
        engine.upsertCandidate(neighbour);

        Ranked ranked = engine.candidatesFor(
                        orderpickerIn("Groningen", groningen.latitude(), groningen.longitude()), 10)
                .items()
                .getFirst();

        assertThat(distanceDetail(ranked))
                .isEqualTo("same place (Groningen); the distance within a place is not known, as postcodes are not "
                        + "used; travels up to 15 km")
                .doesNotContain("0.0 km");
    }

    @Test
    void aDistanceBetweenPlacesIsWholeKilometresBetweenTheirCentres() {
        Places places = new Places();
        Place groningen = places.find("Groningen").orElseThrow();
        Place assen = places.find("Assen").orElseThrow();
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        engine.upsertCandidate(candidateAt(assen.latitude(), assen.longitude(), 40));

        Ranked ranked = engine.candidatesFor(
                        orderpickerIn("Groningen", groningen.latitude(), groningen.longitude()), 10)
                .items()
                .getFirst();

        long km = Math.round(assen.kilometresTo(groningen));
        assertThat(distanceDetail(ranked))
                .isEqualTo("about " + km + " km as the crow flies between the centres of the candidate's place and "
                        + "Groningen (postcodes are not used); travels up to 40 km");
    }
}
