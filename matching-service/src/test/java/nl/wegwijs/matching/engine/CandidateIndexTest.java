package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    @Test
    void aRemovedCandidateLeavesEveryRankingAndTheIndexKeepsNothingAboutIt() {
        CandidateIndex index = new CandidateIndex();
        MatchingEngine engine = new MatchingEngine(index, 14);
        CandidateProfile erased =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)));
        CandidateProfile stays =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("nl", Cefr.B1)));
        engine.upsertCandidate(erased);
        engine.upsertCandidate(stays);
        VacancyProfile vacancy = ScoringTest.orderpicker();
        engine.upsertVacancy(vacancy);

        engine.removeCandidate(erased.id());

        assertThat(engine.candidatesFor(vacancy, 10).items())
                .extracting(Ranked::candidateId)
                .containsExactly(stays.id());
        assertThat(engine.vacanciesFor(erased.id(), 10)).isEmpty();
        assertThat(engine.explain(vacancy, erased.id())).isEmpty();
        int row = indexOf(index, erased);
        assertThat(index.level("en", row)).isZero();
        assertThat(index.level("uk", row)).isZero();
        assertThat(index.skills[row]).isEmpty();
        assertThat(index.certificates[row]).isEmpty();
        assertThat(index.occupations[row]).isEmpty();
        assertThat(index.latitude[row]).isZero();
        assertThat(index.skillRows)
                .allSatisfy(bits -> assertThat(bits[row >>> 6] & (1L << row)).isZero());
    }

    @Test
    void aRemovedCandidateThatComesBackRanksAgain() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile candidate =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)));
        engine.upsertCandidate(candidate);
        engine.removeCandidate(candidate.id());
        engine.upsertCandidate(candidate);

        assertThat(engine.candidatesFor(ScoringTest.orderpicker(), 10).items())
                .extracting(Ranked::candidateId)
                .containsExactly(candidate.id());
    }

    private static int indexOf(CandidateIndex index, CandidateProfile candidate) {
        for (int row = 0; row < index.size; row++) {
            if (candidate.id().equals(index.ids[row])) {
                return row;
            }
        }
        throw new AssertionError("no row for " + candidate.id());
    }
}
