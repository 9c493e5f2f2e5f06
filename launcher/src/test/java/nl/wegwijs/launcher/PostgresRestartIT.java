package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL, killed with SIGKILL, comes back on the same data directory and port. */
class PostgresRestartIT {

    @TempDir
    Path home;

    @Test
    void aKilledServerIsStartedAgainOnTheSameDataDirectoryAndPortWithItsData() throws Exception {
        PlatformConfig config = TestConfigs.inHome(home);
        List<String> console = new ArrayList<>();
        Watchdog watchdog = new Watchdog(console::add, RestartPolicy::standard);
        try (Postgres postgres = Postgres.start(config)) {
            watchdog.watch(postgres);
            postgres.createDatabases(List.of("helpdesk"));
            String url = postgres.urlFor("helpdesk");
            execute(url, "create table tickets (id int primary key)", "insert into tickets values (42)");
            long pid = Postgres.readPostmasterPid(postgres.dataDirectory()).orElseThrow();
            assertThat(postgres.hasStopped()).isFalse();

            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(postgres::hasStopped);

            await().atMost(Duration.ofMinutes(3)).until(watchdog::check);

            assertThat(postgres.hasStopped()).isFalse();
            assertThat(Postgres.readPostmasterPid(postgres.dataDirectory()))
                    .get()
                    .isNotEqualTo(pid);
            assertThat(count(url)).isEqualTo(1);
            assertThat(console.getFirst())
                    .startsWith("!! The PostgreSQL server (localhost:" + config.postgresPort() + ") has stopped");
            assertThat(console.getLast()).startsWith("   The PostgreSQL server runs again on localhost:");
        }
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static int count(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from tickets where id = 42")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
