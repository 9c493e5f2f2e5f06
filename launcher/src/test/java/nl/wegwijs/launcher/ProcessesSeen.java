package nl.wegwijs.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every process whose command line mentions a text (a test's directory), with its descendants, seen while
 * it watches (every 100 ms): the processes a platform under test started, even those that came and went.
 */
final class ProcessesSeen implements AutoCloseable {

    /** A process and its command line (or "?" when the system does not say). */
    record Seen(ProcessHandle process, String commandLine) {
        @Override
        public String toString() {
            return process.pid() + " " + commandLine;
        }
    }

    private final String mention;
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean watching = true;

    private ProcessesSeen(String mention) {
        this.mention = mention;
        this.watcher = Thread.ofPlatform().daemon().name("processes-seen").start(this::watch);
    }

    static ProcessesSeen mentioning(String text) {
        return new ProcessesSeen(text);
    }

    /** The processes seen whose command line contains {@code part}. */
    List<Seen> matching(String part) {
        look();
        return seen.values().stream()
                .filter(s -> s.commandLine().contains(part))
                .toList();
    }

    /** The processes seen (and their descendants) that still run. */
    List<Seen> stillRunning() {
        look();
        return seen.values().stream()
                .filter(s -> ChildProcess.isRunning(s.process()))
                .toList();
    }

    /** The processes that run now and mention the text: a fresh look, not what was seen. */
    static List<String> runningNow(String text) {
        return ProcessHandle.allProcesses()
                .filter(p -> commandLine(p).contains(text))
                .filter(ChildProcess::isRunning)
                .map(p -> p.pid() + " " + commandLine(p))
                .toList();
    }

    /**
     * The whole command line: {@link ProcessHandle.Info#commandLine()} cuts it after 4 KB on Linux, before
     * the Kafka broker's main class and properties file (its class path is long).
     */
    private static String commandLine(ProcessHandle process) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            if (bytes.length > 0) {
                return new String(bytes, StandardCharsets.UTF_8)
                        .replace('\0', ' ')
                        .trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or gone
        }
        return process.info().commandLine().orElse("?");
    }

    private void watch() {
        while (watching) {
            look();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void look() {
        ProcessHandle.allProcesses().filter(p -> !seen.containsKey(p.pid())).forEach(p -> {
            String commandLine = commandLine(p);
            if (commandLine.contains(mention)) {
                seen.put(p.pid(), new Seen(p, commandLine));
            }
        });
        for (Seen s : List.copyOf(seen.values())) {
            s.process().descendants().forEach(d -> seen.computeIfAbsent(d.pid(), pid -> new Seen(d, commandLine(d))));
        }
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        watcher.interrupt();
        watcher.join();
    }
}
