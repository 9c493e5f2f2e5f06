package nl.wegwijs.e2e.bench;

import static nl.wegwijs.e2e.Gateway.quote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * <p>Measured twice. First with everything sharing the machine's cores, where every millisecond of
 * CPU the gateway spends is one the service cannot: on two cores the throughput kept is the
 * gateway's CPU cost per request set against the service's. Then with the gateway on cores of its
 * own ({@link CoreSplit}), as it runs when deployed: what the extra hop costs a request. Targets: at
 * least 80% of the direct throughput, under 5 ms added at p99.
 *
 * <p>Direct and gateway take turns, so that whatever else the shared machine does in the meantime (a
 * JIT compilation, a collection, another service's poll, PostgreSQL writing a checkpoint) falls on
 * both: for throughput in a few short rounds each; for latency request by request, a direct request
 * and half an interval later one through the gateway, so that a stall of the services' core lands on
 * both paths alike instead of on whichever path happened to be measured at the time (such stalls,
 * 50-270 ms, decided the p99 when the paths took turns in 10 s rounds). The figures are over all
 * rounds, and each round's is printed to show the spread. The services a ticket read does not touch
 * (knowledge, matching, expert pool) are stopped once the tickets are in, as they would run on machines
 * of their own when deployed.
 *
 * <p>Run: {@code ./mvnw -B verify -Pbenchmark -pl e2e-tests -am -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GatewayOverheadBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false} (the gateway module's benchmark of the same name runs too; the
 * pattern {@code bench/GatewayOverheadBenchmark} with a leading {@code **} picks this one alone). Figures,
 * not assertions.
 */
class GatewayOverheadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 30));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Duration ROUND = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final List<String> IDLE_SERVICES =
            List.of("knowledge-service", "matching-service", "expertpool-service");

    @Test
    void readsThroughTheGatewayNextToReadsStraightFromTheService() throws Exception {
        Platform platform = RunningPlatform.start();
        String accessToken = Gateway.tokenFor("agent");
        String serviceToken = ServiceTokens.mint(platform.gatewayKeyFile(), "agent", List.of("AGENT"));
        String ticket = seedTickets(accessToken, 40);
        // a ticket read touches the helpdesk alone; the other services' background work (JIT, pollers,
        // collections) would otherwise land on the one core the services share in the second layout
        for (String idle : IDLE_SERVICES) {
            platform.stopApplication(idle);
        }
        Target direct = new Target("http://localhost:" + RunningPlatform.FIRST_SERVICE_PORT, serviceToken);
        Target gateway = new Target(RunningPlatform.gateway(), accessToken);
        List<String> reads = List.of("/api/helpdesk/tickets?page=0&size=20", "/api/helpdesk/tickets/" + ticket);

        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nGateway overhead: the helpdesk read directly and through the gateway"
                        + " (%d clients; %d rounds of %d s each, taking turns)%n",
                CLIENTS,
                ROUNDS,
                ROUND.toSeconds()));
        try (LoadDriver driver = new LoadDriver()) {
            out.append("%n1. Everything on all %d cores: the gateway's CPU is taken from the service's%n"
                    .formatted(Runtime.getRuntime().availableProcessors()));
            compare(driver, direct, gateway, reads, WARM_UP, out);
            StringBuilder why = new StringBuilder();
            Optional<CoreSplit> split = CoreSplit.gatewayOnItsOwnCores(why);
            if (split.isEmpty()) {
                out.append("%n2. Gateway on cores of its own: not measured (%s)%n".formatted(why));
            } else {
                try (CoreSplit pinned = split.get()) {
                    out.append(String.format(
                            "%n2. Gateway on cores of its own, as deployed; the helpdesk, PostgreSQL, Kafka and this"
                                    + " load driver on the others%n"));
                    compare(driver, direct, gateway, reads, WARM_UP.dividedBy(3), out);
                }
            }
        }
        System.out.println(out.toString().replace(ticket, "{id}"));
    }

    private record Target(String base, String bearer) {}

    /** Each read as fast as answered by 8 clients, then one read at a fixed rate, direct next to gateway. */
    private static void compare(
            LoadDriver driver, Target direct, Target gateway, List<String> reads, Duration warmUp, StringBuilder out)
            throws Exception {
        for (String read : reads) {
            driver.closedLoop(direct.base() + read, direct.bearer(), CLIENTS, warmUp);
            driver.closedLoop(gateway.base() + read, gateway.bearer(), CLIENTS, warmUp);
            Rounds rounds = new Rounds();
            for (int i = 0; i < ROUNDS; i++) {
                rounds.add(
                        driver.closedLoop(direct.base() + read, direct.bearer(), CLIENTS, ROUND),
                        driver.closedLoop(gateway.base() + read, gateway.bearer(), CLIENTS, ROUND));
            }
            double kept = rounds.gateway().perSecond() / rounds.direct().perSecond();
            out.append(String.format(Locale.ROOT, "GET %s, as fast as answered%n", read))
                    .append(LoadDriver.Result.header())
                    .append(rounds.direct().row("direct"))
                    .append(rounds.gateway().row("gateway"))
                    .append(String.format(
                            Locale.ROOT,
                            "  gateway keeps %.0f%% of the direct throughput (target >= 80%%): %s; rounds: %s%n",
                            kept * 100,
                            kept >= 0.8 ? "met" : "MISSED",
                            rounds.each(r -> "%.0f%%"
                                    .formatted(100
                                            * r.gateway().perSecond()
                                            / r.direct().perSecond()))));
        }
        String read = reads.getLast();
        List<LoadDriver.Call> both = List.of(
                new LoadDriver.Call(direct.base() + read, direct.bearer()),
                new LoadDriver.Call(gateway.base() + read, gateway.bearer()));
        // the service gets RATE requests a second in all, as when one path at a time was measured
        int perPath = RATE / both.size();
        Rounds rounds = new Rounds();
        for (int i = 0; i < ROUNDS; i++) {
            List<LoadDriver.Result> round = driver.fixedRate(both, perPath, ROUND);
            rounds.add(round.get(0), round.get(1));
        }
        double added = rounds.gateway().p99() - rounds.direct().p99();
        out.append(String.format(
                        Locale.ROOT,
                        "GET %s, %d requests/s: %d on each path, direct and gateway request by request in turn%n",
                        read,
                        RATE,
                        perPath))
                .append(LoadDriver.Result.header())
                .append(rounds.direct().row("direct"))
                .append(rounds.gateway().row("gateway"))
                .append(String.format(
                        Locale.ROOT,
                        "  gateway adds %.2f ms at p50 and %.2f ms at p99 (target < 5 ms): %s; p99 added by round: %s%n",
                        rounds.gateway().p50() - rounds.direct().p50(),
                        added,
                        added < 5 ? "met" : "MISSED",
                        rounds.each(r -> "%+.1f ms"
                                .formatted(r.gateway().p99() - r.direct().p99()))));
    }

    /** Direct and gateway measured in turns; {@link #direct()} and {@link #gateway()} are all rounds merged. */
    private static final class Rounds {
        private final List<Round> rounds = new ArrayList<>();

        record Round(LoadDriver.Result direct, LoadDriver.Result gateway) {}

        void add(LoadDriver.Result direct, LoadDriver.Result gateway) {
            rounds.add(new Round(direct, gateway));
        }

        LoadDriver.Result direct() {
            return LoadDriver.Result.merge(rounds.stream().map(Round::direct).toList());
        }

        LoadDriver.Result gateway() {
            return LoadDriver.Result.merge(rounds.stream().map(Round::gateway).toList());
        }

        String each(Function<Round, String> figure) {
            return rounds.stream().map(figure).collect(Collectors.joining(", "));
        }
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
