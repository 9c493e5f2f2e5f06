package nl.wegwijs.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The PostgreSQL server of a local run: the one named by WEGWIJS_DB_URL, or an embedded PostgreSQL
 * 17 server (its own process) whose data stays under {@code .wegwijs/postgres} between runs. Each
 * service gets its own database on it.
 */
final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String baseUrl;
    private final String adminUrl;
    private final String user;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.baseUrl = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        this.user = user;
        this.password = password;
    }

    static Postgres start(PlatformConfig config) {
        if (config.dbUrl() != null) {
            if (!config.dbUrl().startsWith("jdbc:postgresql://")) {
                throw new LaunchException("WEGWIJS_DB_URL must look like jdbc:postgresql://host:5432/postgres");
            }
            return new Postgres(null, config.dbUrl(), config.dbUser(), config.dbPassword());
        }
        Ports.requireFree(config.postgresPort(), "PostgreSQL");
        Path dataDir = config.home().resolve("postgres");
        try {
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(config.postgresPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            config.home().resolve("postgres-binaries").toFile())
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            if (!existing) {
                // a fresh cluster: give the superuser the documented local password
                try (Connection c = pg.getPostgresDatabase().getConnection();
                        Statement st = c.createStatement()) {
                    st.execute("alter user postgres with password 'postgres'");
                }
            }
            return new Postgres(
                    pg, "jdbc:postgresql://localhost:" + config.postgresPort() + "/postgres", "postgres", "postgres");
        } catch (IOException | SQLException e) {
            throw new LaunchException("Could not start PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Creates the services' databases that do not exist yet. */
    void createDatabases(List<String> names) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                Statement st = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                st.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new LaunchException("Could not reach PostgreSQL at " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    String urlFor(String database) {
        return baseUrl + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the server is going down anyway
            }
        }
    }
}
