package nl.wegwijs.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process the launcher started, with its output in a log file; stopped politely, then firmly. */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
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
            Files.writeString(pidDir.resolve(name + ".pid"), Long.toString(process.pid()));
            return new ChildProcess(name, process, log);
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

    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops processes a previous launcher left behind (it was killed without a chance to clean up). */
    static void stopLeftovers(Path pidDir) {
        if (!Files.isDirectory(pidDir)) {
            return;
        }
        try (var files = Files.list(pidDir)) {
            for (Path file : files.toList()) {
                try {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    ProcessHandle.of(pid)
                            .filter(p -> p.info()
                                    .command()
                                    .map(c -> c.contains("java"))
                                    .orElse(false))
                            .ifPresent(p -> {
                                p.destroy();
                                p.onExit()
                                        .orTimeout(20, TimeUnit.SECONDS)
                                        .exceptionally(t -> {
                                            p.destroyForcibly();
                                            return p;
                                        })
                                        .join();
                            });
                } catch (NumberFormatException | IOException ignored) {
                    // not ours, or already gone
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // nothing to clean up
        }
    }
}
