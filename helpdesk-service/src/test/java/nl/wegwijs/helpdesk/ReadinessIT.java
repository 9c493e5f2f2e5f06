package nl.wegwijs.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

/**
 * A service without its database cannot answer anything, so it is not ready (an orchestrator stops
 * sending it requests); without Kafka it is: the outbox keeps the events until the broker is back.
 */
@ServiceIT
class ReadinessIT {

    @Autowired
    HealthEndpointGroups groups;

    @Test
    void readinessWaitsForTheDatabaseButNotForTheBroker() {
        HealthEndpointGroup readiness = groups.get("readiness");

        assertThat(readiness.isMember("db")).isTrue();
        assertThat(readiness.isMember("readinessState")).isTrue();
        assertThat(readiness.isMember("binders")).isFalse();
        assertThat(readiness.isMember("kafka")).isFalse();
    }
}
