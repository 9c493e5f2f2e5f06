package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
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
        int row = indexOf(index, erased);

        engine.removeCandidate(erased.id());

        assertThat(engine.candidatesFor(vacancy, 10).items())
                .extracting(Ranked::candidateId)
                .containsExactly(stays.id());
        assertThat(engine.vacanciesFor(erased.id(), 10)).isEmpty();
        assertThat(engine.explain(vacancy, erased.id())).isEmpty();
        assertThat(index.ids[row]).isNull();
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

    @Test
    void aRemovedCandidateNoLongerCountsInTheIndexOrAmongThoseARankingConsidered() {
        CandidateIndex index = new CandidateIndex();
        MatchingEngine engine = new MatchingEngine(index, 14);
        CandidateProfile erased =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)));
        CandidateProfile stays =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("nl", Cefr.B1)));
        engine.upsertCandidate(erased);
        engine.upsertCandidate(stays);
        assertThat(engine.candidateCount()).isEqualTo(2);

        engine.removeCandidate(erased.id());

        assertThat(index.size()).isEqualTo(1);
        assertThat(engine.candidateCount()).isEqualTo(1);
        assertThat(engine.candidatesFor(ScoringTest.orderpicker(), 10).considered())
                .isEqualTo(1);
    }

    @Test
    void removingACandidateTwiceOrOneNeverAddedChangesNothing() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        CandidateProfile candidate =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)));
        CandidateProfile other =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("nl", Cefr.B1)));
        engine.upsertCandidate(candidate);
        engine.upsertCandidate(other);

        engine.removeCandidate(candidate.id());
        engine.removeCandidate(candidate.id());
        engine.removeCandidate(UUID.randomUUID());

        assertThat(engine.candidateCount()).isEqualTo(1);
        assertThat(engine.candidatesFor(ScoringTest.orderpicker(), 10).items())
                .extracting(Ranked::candidateId)
                .containsExactly(other.id());
    }

    @Test
    void theRowOfARemovedCandidateGoesToTheNextNewCandidateWithNothingOfTheOldOne() {
        CandidateIndex index = new CandidateIndex();
        MatchingEngine engine = new MatchingEngine(index, 14);
        CandidateProfile erased =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2)));
        CandidateProfile stays =
                ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("nl", Cefr.B1)));
        engine.upsertCandidate(erased);
        engine.upsertCandidate(stays);
        int row = indexOf(index, erased);
        engine.removeCandidate(erased.id());
        // speaks no language the vacancy asks for: ranks only if the old row's English were left behind
        CandidateProfile newcomer = ScoringTest.candidate(List.of(new LanguageLevel("uk", Cefr.NATIVE)));

        engine.upsertCandidate(newcomer);

        assertThat(indexOf(index, newcomer)).isEqualTo(row);
        assertThat(index.rowCount).isEqualTo(2);
        assertThat(engine.candidateCount()).isEqualTo(2);
        assertThat(engine.candidatesFor(ScoringTest.orderpicker(), 10).items())
                .extracting(Ranked::candidateId)
                .containsExactly(stays.id());
        assertThat(engine.vacanciesFor(erased.id(), 10)).isEmpty();
    }

    private static int indexOf(CandidateIndex index, CandidateProfile candidate) {
        for (int row = 0; row < index.rowCount; row++) {
            if (candidate.id().equals(index.ids[row])) {
                return row;
            }
        }
        throw new AssertionError("no row for " + candidate.id());
    }
}
