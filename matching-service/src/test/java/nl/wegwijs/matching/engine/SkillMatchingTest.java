package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Required skills are a hard filter, so how they compare decides who is seen at all: a vacancy written in Dutch
 * finds the candidates whose coach wrote the same skill in English, Ukrainian or Russian, and an empty ranking says
 * which required skill nobody has rather than being silent.
 */
class SkillMatchingTest {

    static VacancyProfile requiring(List<String> skills, List<String> certificates) {
        VacancyProfile v = ScoringTest.orderpicker();
        return new VacancyProfile(
                UUID.randomUUID(),
                v.isco(),
                v.latitude(),
                v.longitude(),
                v.languages(),
                v.preferredLanguages(),
                skills,
                List.of(),
                certificates,
                v.drivingLicences(),
                v.minYearsExperience(),
                v.hoursMin(),
                v.hoursMax(),
                v.startDate());
    }

    static CandidateProfile withSkills(String... skills) {
        CandidateProfile c = ScoringTest.candidate(List.of(new LanguageLevel("en", Cefr.B2)));
        return new CandidateProfile(
                UUID.randomUUID(),
                c.latitude(),
                c.longitude(),
                c.languages(),
                List.of(skills),
                c.certificates(),
                c.occupations(),
                c.maxTravelKm(),
                c.hoursMin(),
                c.hoursMax(),
                c.drivingLicences(),
                c.availableFrom(),
                c.authorisedUntil());
    }

    @Test
    void aVacancyRequiringADutchSkillFindsTheCandidatesWhoseCoachWroteItInEnglishUkrainianOrRussian() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        List<CandidateProfile> pickers = List.of(
                withSkills("order picking"),
                withSkills("комплектування замовлень"),
                withSkills("комплектация заказов"),
                withSkills("komplektuvannya zamovlen"));
        pickers.forEach(engine::upsertCandidate);
        CandidateProfile cleaner = withSkills("прибирання");
        engine.upsertCandidate(cleaner);

        for (String required : List.of("orderpicken", "order picking", "комплектування замовлень")) {
            Ranking ranking = engine.candidatesFor(requiring(List.of(required), List.of()), 10);

            assertThat(ranking.items())
                    .as(required)
                    .extracting(Ranked::candidateId)
                    .containsExactlyInAnyOrderElementsOf(
                            pickers.stream().map(CandidateProfile::id).toList());
            assertThat(ranking.warnings()).isEmpty();
        }
    }

    @Test
    void theExplanationNamesTheSkillInTheWordsTheVacancyUsed() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        engine.upsertCandidate(withSkills("комплектування замовлень", "навантажувач"));

        Ranked ranked = engine.candidatesFor(requiring(List.of("orderpicken", "heftruck"), List.of()), 10)
                .items()
                .getFirst();

        assertThat(ranked.explanation())
                .filteredOn(c -> c.criterion().equals("skills"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.met()).isTrue();
                    assertThat(c.detail()).isEqualTo("holds orderpicken, heftruck");
                });
    }

    @Test
    void skillsInCyrillicThatMeanDifferentThingsDoNotMatch() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        engine.upsertCandidate(withSkills("прибирання"));
        engine.upsertCandidate(withSkills("ремонт взуття"));

        assertThat(engine.candidatesFor(requiring(List.of("зварювання"), List.of()), 10)
                        .items())
                .isEmpty();
        assertThat(engine.candidatesFor(requiring(List.of("ремонт годинників"), List.of()), 10)
                        .items())
                .isEmpty();
    }

    @Test
    void aSkillOutsideTheVocabularyStillMatchesTheSameWordingAsBefore() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile sameWords = withSkills("SAP-EWM");
        engine.upsertCandidate(sameWords);
        engine.upsertCandidate(withSkills("SAP"));

        Ranking ranking = engine.candidatesFor(requiring(List.of("sap ewm"), List.of()), 10);

        assertThat(ranking.items()).extracting(Ranked::candidateId).containsExactly(sameWords.id());
    }

    @Test
    void anEmptyRankingNamesTheRequiredSkillNobodyHasAndThatTheVocabularyDoesNotKnowIt() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        engine.upsertCandidate(withSkills("order picking"));

        Ranking ranking = engine.candidatesFor(requiring(List.of("orderpicken", "SAP EWM"), List.of()), 10);

        assertThat(ranking.items()).isEmpty();
        assertThat(ranking.nearMisses()).isEmpty();
        assertThat(ranking.warnings())
                .containsExactly(new RankingWarning(
                        "skills[1]",
                        "no candidate has \"SAP EWM\"; it is not in the skill vocabulary, so it is matched by its "
                                + "exact wording only (case, accents and punctuation aside), not by other names or "
                                + "translations"));
    }

    @Test
    void aRequiredSkillOrCertificateTheVocabularyKnowsButNobodyHasIsNamedUnderAllItsNames() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        engine.upsertCandidate(withSkills("order picking"));

        Ranking ranking = engine.candidatesFor(requiring(List.of("lassen"), List.of("heftruckcertificaat")), 10);

        assertThat(ranking.warnings())
                .containsExactly(
                        new RankingWarning(
                                "skills[0]",
                                "no candidate has \"lassen\" under any of the names the skill vocabulary knows for it "
                                        + "(welding)"),
                        new RankingWarning(
                                "certificates[0]",
                                "no candidate has \"heftruckcertificaat\" under any of the names the skill "
                                        + "vocabulary knows for it (forklift-certificate)"));
    }

    @Test
    void aCandidateRemovedFromTheIndexNoLongerCountsAsHavingTheSkill() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile welder = withSkills("welding");
        engine.upsertCandidate(welder);
        engine.removeCandidate(welder.id());

        assertThat(engine.candidatesFor(requiring(List.of("lassen"), List.of()), 10)
                        .warnings())
                .extracting(RankingWarning::field)
                .containsExactly("skills[0]");
    }

    @Test
    void aMissingSkillOutsideTheVocabularySaysSoInTheExplanation() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile picker = withSkills("order picking");
        engine.upsertCandidate(picker);

        Ranked pair = engine.explain(requiring(List.of("orderpicken", "SAP EWM"), List.of()), picker.id())
                .orElseThrow();

        assertThat(pair.eligible()).isFalse();
        assertThat(pair.explanation())
                .filteredOn(c -> c.criterion().equals("skills"))
                .singleElement()
                .extracting(Criterion::detail)
                .isEqualTo("holds orderpicken; missing SAP EWM (not in the skill vocabulary: same wording only)");
    }
}
