package nl.wegwijs.e2e.bench;

import static nl.wegwijs.e2e.Gateway.quote;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.e2e.Gateway;
import nl.wegwijs.e2e.RunningPlatform;
import nl.wegwijs.launcher.Platform;
import org.junit.jupiter.api.Test;

/**
 * What the gateway costs on a read, on the running platform (real helpdesk service, PostgreSQL,
 * Kafka, each application its own process with the full JIT): the same {@code GET} sent straight to
 * the helpdesk with a service token, and through the gateway with a staff access token (token
 * checked, service token attached, credentials withheld, circuit breaker, proxy). Printed side by
 * side: the most each serves to 8 clients, and latency at a fixed rate well below that.
 *
 * <p>Everything shares the machine's cores, so every millisecond of CPU the gateway spends is one
 * the service cannot: on two cores the throughput kept is the gateway's CPU cost per request set
 * against the service's. Targets: at least 80% of the direct throughput, under 5 ms added at p99.
 *
 * <p>Run: {@code ./mvnw -B verify -Pbenchmark -pl e2e-tests -am -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GatewayOverheadBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false}. Figures, not assertions.
 */
class GatewayOverheadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 30));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final int RATE = Integer.getInteger("bench.rate", 100);

    @Test
    void readsThroughTheGatewayNextToReadsStraightFromTheService() throws Exception {
        Platform platform = RunningPlatform.start();
        String gateway = RunningPlatform.gateway();
        String helpdesk = "http://localhost:" + RunningPlatform.FIRST_SERVICE_PORT;
        String accessToken = Gateway.tokenFor("agent");
        String serviceToken = ServiceTokens.mint(platform.gatewayKeyFile(), "agent", List.of("AGENT"));
        String ticket = seedTickets(accessToken, 40);
        List<String> reads = List.of("/api/helpdesk/tickets?page=0&size=20", "/api/helpdesk/tickets/" + ticket);

        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nGateway overhead: the helpdesk read directly and through the gateway (%d clients, %d s each after %d s warm-up)%n",
                CLIENTS,
                MEASURE.toSeconds(),
                WARM_UP.toSeconds()));
        try (LoadDriver driver = new LoadDriver()) {
            for (String read : reads) {
                driver.closedLoop(helpdesk + read, serviceToken, CLIENTS, WARM_UP);
                driver.closedLoop(gateway + read, accessToken, CLIENTS, WARM_UP);
                LoadDriver.Result direct = driver.closedLoop(helpdesk + read, serviceToken, CLIENTS, MEASURE);
                LoadDriver.Result proxied = driver.closedLoop(gateway + read, accessToken, CLIENTS, MEASURE);
                double kept = proxied.perSecond() / direct.perSecond();
                out.append(String.format(Locale.ROOT, "GET %s, as fast as answered%n", read.replace(ticket, "{id}")))
                        .append(LoadDriver.Result.header())
                        .append(direct.row("direct"))
                        .append(proxied.row("gateway"))
                        .append(String.format(
                                Locale.ROOT,
                                "  gateway keeps %.0f%% of the direct throughput (target >= 80%%): %s%n",
                                kept * 100,
                                kept >= 0.8 ? "met" : "MISSED"));
            }
            String read = reads.get(1);
            LoadDriver.Result direct = driver.fixedRate(helpdesk + read, serviceToken, RATE, MEASURE);
            LoadDriver.Result proxied = driver.fixedRate(gateway + read, accessToken, RATE, MEASURE);
            double added = proxied.p99() - direct.p99();
            out.append(String.format(Locale.ROOT, "GET /api/helpdesk/tickets/{id}, %d requests/s%n", RATE))
                    .append(LoadDriver.Result.header())
                    .append(direct.row("direct"))
                    .append(proxied.row("gateway"))
                    .append(String.format(
                            Locale.ROOT,
                            "  gateway adds %.2f ms at p50 and %.2f ms at p99 (target < 5 ms): %s%n",
                            proxied.p50() - direct.p50(),
                            added,
                            added < 5 ? "met" : "MISSED"));
        }
        System.out.println(out);
    }

    /** Questions in the inbox to read; returns the id of one. */
    private static String seedTickets(String accessToken, int count) {
        String id = null;
        for (int i = 0; i < count; i++) {
            Gateway.Reply reply = Gateway.post(
                    "/api/helpdesk/tickets",
                    "{\"text\":" + quote("Waar kan ik mijn kind inschrijven voor school? Vraag " + i)
                            + ",\"language\":\"nl\",\"channel\":\"PHONE\"}",
                    accessToken);
            if (reply.status() != 201) {
                throw new AssertionError("Could not create a ticket: " + reply);
            }
            id = reply.json().get("id").asString();
        }
        return id;
    }
}
