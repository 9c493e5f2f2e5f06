package nl.wegwijs.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
