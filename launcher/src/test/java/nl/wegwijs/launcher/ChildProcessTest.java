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
}
