package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.expertpool.agenda.AgendaPoint;
import nl.wegwijs.expertpool.agenda.AgendaStatus;
import nl.wegwijs.expertpool.demo.DemoData;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class DemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Test
    void seedsAgendaPointsAtDifferentStepsOfTheirRoadThroughTheServices() {
        List<AgendaPoint> points = demo.seed();
        assertThat(points).hasSize(4);
        assertThat(points)
                .extracting(AgendaPoint::status)
                .containsExactly(
                        AgendaStatus.ANSWERED, AgendaStatus.SUBMITTED, AgendaStatus.PRIORITISED, AgendaStatus.RAISED);
        var api = new Api(port);
        var one = api.get("/api/expertpool/agenda-points/" + points.getFirst().id());
        assertThat(one.json().get("history")).hasSize(5);
        assertThat(one.json().get("supporterCount").asInt()).isEqualTo(3);
        assertThat(api.get("/api/expertpool/sessions/" + points.getFirst().sessionId())
                        .json()
                        .get("counts")
                        .get("attended")
                        .asInt())
                .isEqualTo(4);
        assertThat(demo.seedIfEmpty())
                .as("a pool that is not empty is left alone")
                .isFalse();
    }
}
