package nl.wegwijs.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the gateway as it runs when deployed: on cores of its own. The gateway's process is pinned to
 * one half of the machine's cores, and everything else (services, PostgreSQL, Kafka and this JVM,
 * the load driver) to the other half, with {@code taskset}. Closing gives every process all cores
 * again.
 *
 * <p>Without this, on a small machine every millisecond of CPU the gateway spends is taken from the
 * service behind it, so "throughput kept" measures the sum of two programs' CPU, not what the extra
 * hop costs a request. The load driver goes with the services, not with the gateway: it sends the
 * same requests on both paths, so its CPU then weighs equally on both; next to the gateway it would
 * count against the gateway path only (a real client runs elsewhere).
 */
final class CoreSplit implements AutoCloseable {

    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    private final List<ProcessHandle> gateway;
    private final List<ProcessHandle> services;
    private final String allCores;

    private CoreSplit(List<ProcessHandle> gateway, List<ProcessHandle> services, String allCores) {
        this.gateway = gateway;
        this.services = services;
        this.allCores = allCores;
    }

    /**
     * Pins the platform's processes, or says why it cannot: {@code taskset} missing, fewer than two
     * cores, or no gateway among this JVM's child processes.
     */
    static Optional<CoreSplit> gatewayOnItsOwnCores(StringBuilder why) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        if (!Files.isExecutable(TASKSET) || cores < 2) {
            why.append("needs taskset and at least two cores");
            return Optional.empty();
        }
        ProcessHandle self = ProcessHandle.current();
        List<ProcessHandle> children = self.descendants().toList();
        List<ProcessHandle> gateway =
                children.stream().filter(CoreSplit::isGateway).toList();
        if (gateway.isEmpty()) {
            why.append("no gateway process found among this JVM's children");
            return Optional.empty();
        }
        List<ProcessHandle> services =
                new ArrayList<>(children.stream().filter(p -> !isGateway(p)).toList());
        services.add(self);
        int half = cores / 2;
        CoreSplit split = new CoreSplit(gateway, services, "0-" + (cores - 1));
        split.pin(services, "0-" + (half - 1));
        split.pin(gateway, half + "-" + (cores - 1));
        return Optional.of(split);
    }

    private static boolean isGateway(ProcessHandle process) {
        return process.info().commandLine().orElse("").matches(".*[/ ]gateway-[^ /]*-exec\\.jar.*");
    }

    private void pin(List<ProcessHandle> processes, String cpuList) throws IOException, InterruptedException {
        for (ProcessHandle process : processes) {
            if (!process.isAlive()) {
                continue;
            }
            Process taskset = new ProcessBuilder(
                            TASKSET.toString(),
                            "--all-tasks",
                            "--pid",
                            "--cpu-list",
                            cpuList,
                            Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
                throw new IOException("taskset could not pin process " + process.pid() + " to cores " + cpuList);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        pin(gateway, allCores);
        pin(services, allCores);
    }
}
