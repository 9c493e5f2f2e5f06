package nl.wegwijs.matching.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import nl.wegwijs.matching.Api;
import nl.wegwijs.matching.Fixtures;
import nl.wegwijs.matching.candidates.CandidateService;
import nl.wegwijs.matching.employers.Employers;
import nl.wegwijs.matching.vacancies.VacancyService;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class DemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    Employers employers;

    @Autowired
    VacancyService vacancies;

    @Autowired
    CandidateService candidates;

    @Autowired
    Clock clock;

    @Test
    void theDemoDataIsValidAndGivesMatches() {
        new DemoData(employers, vacancies, candidates, clock).seed();
        Api api = new Api(port);
        String employer = TestTokens.employer(UUID.fromString("0f8d7a52-4d4e-4c1a-9b1e-3c5a1d2e0001"));
        Api.Res mine = api.get(employer, "/api/employer/vacancies");
        assertThat(mine.body().get("total").asLong()).isEqualTo(3);
        String orderpicker = null;
        for (var item : mine.body().get("items")) {
            if (item.get("title").asString().equals("Orderpicker")) {
                orderpicker = item.get("id").asString();
            }
        }
        Api.Res matches = api.get(Fixtures.MATCHER, "/api/matching/vacancies/" + orderpicker + "/matches");
        assertThat(matches.body().get("items").size()).isGreaterThanOrEqualTo(1);
    }
}
