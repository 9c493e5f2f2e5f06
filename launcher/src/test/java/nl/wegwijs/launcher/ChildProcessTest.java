package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void theTailOfALogIsItsLastLinesWithoutTrailingBlankLines() throws IOException {
        Path log = dir.resolve("app.log");
        Files.write(
                log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList());
        Files.writeString(log, "\n\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(ChildProcess.tail(log, 3)).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void theTailOfAHugeLogReadsOnlyItsEndAndDropsTheCutOffLine() throws IOException {
        Path log = dir.resolve("big.log");
        Files.write(
                log,
                IntStream.rangeClosed(1, 20_000)
                        .mapToObj(i -> "line number " + i)
                        .toList());

        List<String> tail = ChildProcess.tail(log, 10_000);

        assertThat(tail).hasSizeLessThan(20_000).allMatch(line -> line.startsWith("line number "));
        assertThat(tail.getLast()).isEqualTo("line number 20000");
    }

    @Test
    void aMissingLogHasNoTail() {
        assertThat(ChildProcess.tail(dir.resolve("nothing.log"), 5)).isEmpty();
        assertThat(ChildProcess.endOfLog(dir.resolve("nothing.log"), 5)).contains("is empty");
    }

    @Test
    void saysHowAProcessEndedAndShowsTheEndOfItsLog() {
        ChildProcess process = ChildProcess.start(
                "failing",
                List.of("sh", "-c", "echo starting; echo 'Port 8081 was already in use'; exit 3"),
                Map.of(),
                dir.resolve("logs"),
                dir.resolve("run"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());

        assertThat(process.howItEnded()).isEqualTo("exit code 3");
        assertThat(process.endOfLog(5))
                .contains(dir.resolve("logs").resolve("failing.log").toString())
                .contains("    | starting")
                .contains("    | Port 8081 was already in use");
    }

    @Test
    void aProcessKilledWithSignalNineSaysSo() {
        ChildProcess process = ChildProcess.start(
                "sleeper", List.of("sleep", "300"), Map.of(), dir.resolve("logs"), dir.resolve("run"));

        ProcessHandle.of(process.pid()).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());

        assertThat(process.howItEnded()).isEqualTo("killed (signal 9)");
    }

    @Test
    void processesStoppedTogetherAreWaitedForOnlyUntilTheLastHasExited() {
        List<ChildProcess> processes = IntStream.range(0, 3)
                .mapToObj(i -> ChildProcess.start(
                        "sleeper-" + i, List.of("sleep", "300"), Map.of(), dir.resolve("logs"), dir.resolve("run")))
                .toList();
        long t0 = System.nanoTime();

        ChildProcess.stopAll(processes, Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(processes).noneMatch(ChildProcess::isAlive);
        assertThat(dir.resolve("run")).isEmptyDirectory();
    }

    @Test
    void aProcessThatIgnoresTheRequestToStopIsKilledAfterTheGracePeriod() {
        ChildProcess stubborn = ChildProcess.start(
                "stubborn",
                List.of("sh", "-c", "trap '' TERM; echo ready; exec sleep 300"),
                Map.of(),
                dir.resolve("logs"),
                dir.resolve("run"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ChildProcess.tail(stubborn.log(), 1).contains("ready"));
        long t0 = System.nanoTime();

        stubborn.stop(Duration.ofSeconds(1));

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(stubborn.howItEnded()).isEqualTo("killed (signal 9)");
    }

    @Test
    void aPidFileNamesItsProcessByIdAndStartTime() throws IOException {
        ChildProcess process = ChildProcess.start(
                "sleeper", List.of("sleep", "300"), Map.of(), dir.resolve("logs"), dir.resolve("run"));
        try {
            String text = Files.readString(dir.resolve("run").resolve("sleeper.pid"));
            String[] parts = text.split(" ");

            assertThat(parts).hasSize(2);
            assertThat(ChildProcess.namedBy(text, "sleeper"))
                    .map(ProcessHandle::pid)
                    .contains(process.pid());
            assertThat(ChildProcess.namedBy(parts[0] + " " + (Long.parseLong(parts[1]) - 1000), "sleeper"))
                    .as("another process that got the same id later")
                    .isEmpty();
        } finally {
            process.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void leftoversOfAKilledLauncherAreStoppedButNotAProcessThatReusedTheirId() throws IOException {
        Path leftDir = dir.resolve("left-behind");
        ChildProcess leftover =
                ChildProcess.start("leftover", List.of("sleep", "300"), Map.of(), dir.resolve("logs"), leftDir);
        ChildProcess innocent = ChildProcess.start(
                "innocent", List.of("sleep", "300"), Map.of(), dir.resolve("logs"), dir.resolve("run"));
        try {
            // a pid file whose process ended, and whose id now belongs to another process
            Files.writeString(leftDir.resolve("old.pid"), innocent.pid() + " 1000");

            ChildProcess.stopLeftovers(leftDir);

            await().atMost(Duration.ofSeconds(10)).until(() -> !leftover.isAlive());
            assertThat(innocent.isAlive()).isTrue();
            assertThat(leftDir).isEmptyDirectory();
        } finally {
            innocent.stop(Duration.ofSeconds(5));
            leftover.stop(Duration.ofSeconds(5));
        }
    }
}
