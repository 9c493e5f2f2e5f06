package nl.wegwijs.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process the launcher started, with its output in a log file; stopped politely, then firmly. While it
 * runs, {@code <name>.pid} in the launcher's run directory names it (its process id and start time), so that
 * a launcher that was killed without a chance to clean up has its leftovers stopped by the next one.
 */
final class ChildProcess {

    /** How long a process may take to die after SIGKILL (the kernel is quick; a busy machine less so). */
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path logDir, Path pidDir) {
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(pidDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            Path pidFile = pidDir.resolve(name + ".pid");
            try {
                Files.writeString(pidFile, pidFileText(process.toHandle()));
            } catch (IOException e) {
                process.destroyForcibly();
                throw e;
            }
            return new ChildProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new LaunchException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** How the process ended, for a message: {@code "exit code 1"}, {@code "killed (signal 9)"}. */
    String howItEnded() {
        if (process.isAlive()) {
            return "still running";
        }
        int code = process.exitValue();
        // the JDK reports a process ended by signal n as 128 + n
        return code > 128 && code < 160 ? "killed (signal " + (code - 128) + ")" : "exit code " + code;
    }

    /** The last lines of its log, indented, under a line that says where the whole log is. */
    String endOfLog(int lines) {
        return endOfLog(log, lines);
    }

    static String endOfLog(Path log, int lines) {
        List<String> tail = tail(log, lines);
        if (tail.isEmpty()) {
            return "Its log " + log + " is empty.";
        }
        StringBuilder text = new StringBuilder("The end of its log (" + log + "):");
        tail.forEach(
                line -> text.append(System.lineSeparator()).append("    | ").append(line));
        return text.toString();
    }

    /** The last {@code lines} lines of a file (reading at most its last 64 KB); empty if there is none. */
    static List<String> tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            List<String> all = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R")));
            if (size < length && !all.isEmpty()) {
                all.removeFirst(); // probably cut off
            }
            while (!all.isEmpty() && all.getLast().isBlank()) {
                all.removeLast();
            }
            return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Asks the process to stop (SIGTERM) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Stops the process: SIGTERM, up to {@code grace} to exit, then SIGKILL. */
    void stop(Duration grace) {
        stopAll(List.of(this), grace);
    }

    /**
     * Stops processes together: SIGTERM to all at once, then waits until each has exited (returning as soon
     * as the last one has) or {@code grace} has passed since the signal; whatever still runs then gets
     * SIGKILL. An interrupted wait kills at once.
     */
    static void stopAll(List<ChildProcess> processes, Duration grace) {
        processes.forEach(ChildProcess::requestStop);
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (ChildProcess p : processes) {
                p.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            for (ChildProcess p : processes) {
                if (p.process.isAlive()) {
                    p.process.destroyForcibly().waitFor(AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            processes.forEach(p -> p.process.destroyForcibly());
            Thread.currentThread().interrupt();
        }
        processes.forEach(ChildProcess::forgetIfGone);
    }

    private void forgetIfGone() {
        if (!process.isAlive()) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // the next launcher finds the process gone
            }
        }
    }

    /** {@code "<pid> <start time in epoch milliseconds>"}: the pair names one process, even once its id is reused. */
    static String pidFileText(ProcessHandle process) {
        return process.pid()
                + process.info()
                        .startInstant()
                        .map(start -> " " + start.toEpochMilli())
                        .orElse("");
    }

    /**
     * The process a pid file names, if it still runs: same id and same start time. Pid files without a start
     * time (older launchers) name a process only when its command line mentions {@code name}.
     */
    static Optional<ProcessHandle> namedBy(String pidFileText, String name) {
        String[] parts = pidFileText.trim().split("\\s+");
        try {
            long pid = Long.parseLong(parts[0]);
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (parts.length > 1) {
                long started = Long.parseLong(parts[1]);
                return process.filter(p -> p.info()
                        .startInstant()
                        .map(Instant::toEpochMilli)
                        .map(s -> s == started)
                        .orElse(false));
            }
            return process.filter(p -> p.info()
                    .commandLine()
                    .map(c -> c.contains("java") && c.contains(name))
                    .orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True while the process runs. Unlike {@link ProcessHandle#isAlive()}, false for a zombie: a process
     * that has exited but whose parent has not collected it yet. PostgreSQL's server, started through
     * pg_ctl, belongs to the init process once pg_ctl is done, and some init processes collect a second or
     * two late.
     */
    static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    /** {@link #isRunning(ProcessHandle)} for a process id. */
    static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ChildProcess::isRunning).orElse(false);
    }

    private static boolean isZombie(long pid) {
        try {
            // "<pid> (<command>) <state> ...": the command may contain spaces and parentheses
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (not Linux), or gone meanwhile
        }
    }

    /** Stops processes a previous launcher left behind (it was killed without a chance to clean up). */
    static void stopLeftovers(Path pidDir) {
        if (!Files.isDirectory(pidDir)) {
            return;
        }
        try (var files = Files.list(pidDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                try {
                    namedBy(Files.readString(file), name).ifPresent(p -> {
                        p.destroy();
                        p.onExit()
                                .orTimeout(20, TimeUnit.SECONDS)
                                .exceptionally(t -> {
                                    p.destroyForcibly();
                                    return p;
                                })
                                .join();
                    });
                } catch (IOException ignored) {
                    // gone meanwhile
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // nothing to clean up
        }
    }
}
