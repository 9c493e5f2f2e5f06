package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL of {@code ./wegwijs up} confirms a commit only once it is on disk: a crash of
 * PostgreSQL (or of the machine) loses no question a newcomer was told was saved.
 */
class PostgresDurabilityIT {

    private static final int COMMITS = 300;

    @TempDir
    Path home;

    @Test
    void everyCommitIsOnDiskBeforeItIsConfirmed() throws SQLException {
        try (Postgres postgres = Postgres.start(TestConfigs.inHome(home))) {
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void onlyAThrowawayTestPlatformTradesThatForSpeed() throws SQLException {
        PlatformConfig config = TestConfigs.inHome(home).withDurability(PlatformConfig.Durability.THROWAWAY);
        try (Postgres postgres = Postgres.start(config)) {
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("off");
            assertThat(setting(postgres, "fsync")).isEqualTo("off");
        }
    }

    @Test
    void commitsConfirmedJustBeforeEveryPostgresProcessIsKilledAreThereAfterTheRestart() throws Exception {
        PlatformConfig config = TestConfigs.inHome(home);
        Watchdog watchdog = new Watchdog(line -> {}, RestartPolicy::standard);
        try (Postgres postgres = Postgres.start(config)) {
            watchdog.watch(postgres);
            postgres.createDatabases(List.of("helpdesk"));
            String url = postgres.urlFor("helpdesk");
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                    Statement st = c.createStatement()) {
                st.execute("create table questions (id int primary key)");
            }

            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                    PreparedStatement insert = c.prepareStatement("insert into questions values (?)")) {
                List<ProcessHandle> server = everyProcessOf(postgres);
                for (int i = 0; i < COMMITS; i++) {
                    insert.setInt(1, i);
                    insert.executeUpdate(); // auto-commit: confirmed when this returns
                }
                // a crash right after the last confirmation: no process gets to write anything more
                server.forEach(ProcessHandle::destroyForcibly);
            }
            await().atMost(Duration.ofSeconds(30)).until(postgres::hasStopped);
            await().atMost(Duration.ofMinutes(3)).until(watchdog::check);

            assertThat(count(url)).isEqualTo(COMMITS);
        }
    }

    /** The postmaster and all its processes (the backend of an open connection among them). */
    private static List<ProcessHandle> everyProcessOf(Postgres postgres) {
        long pid = Postgres.readPostmasterPid(postgres.dataDirectory()).orElseThrow();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        return all;
    }

    private static String setting(Postgres postgres, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.urlFor("postgres"), "postgres", "postgres");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from questions")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
