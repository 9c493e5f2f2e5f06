package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@ServiceIT
class ExpertpoolServiceIT {

    @LocalServerPort
    int port;

    @Test
    void bootsMigratesAndReportsHealth() {
        var health = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .toEntity(String.class);
        assertThat(health.getBody()).contains("UP");
    }

    @Test
    void refusesCallsWithoutTheGatewaysToken() {
        var status = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/expertpool/experts")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(401);
        var forged = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/expertpool/experts")
                .header("Authorization", TestTokens.forged("coordinator", "COORDINATOR"))
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(forged).isEqualTo(401);
    }
}
