package nl.wegwijs.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test JVM, and a fresh database for each Spring context. Which
 * server: the one named by {@code WEGWIJS_TEST_JDBC_URL} (with {@code WEGWIJS_TEST_DB_USER} and
 * {@code WEGWIJS_TEST_DB_PASSWORD}) if set; else PostgreSQL 17 in Testcontainers when Docker
 * answers; else an embedded PostgreSQL 17 server (zonky). Never an in-memory stand-in.
 */
public final class TestPostgres {

    private static final AtomicInteger databases = new AtomicInteger();
    private static Server server;

    private TestPostgres() {}

    /** A new, empty database on the shared server. */
    public static synchronized Database newDatabase(String prefix) {
        Server s = server();
        String name = (prefix.replaceAll("[^a-z0-9]", "_") + "_"
                        + ProcessHandle.current().pid() + "_" + databases.incrementAndGet())
                .toLowerCase();
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
                Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new Database(s.urlFor(name), s.user(), s.password());
    }

    private static Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        String url = System.getenv("WEGWIJS_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            String base = url.substring(0, url.lastIndexOf('/') + 1);
            return new Server(url, base, env("WEGWIJS_TEST_DB_USER", "postgres"), env("WEGWIJS_TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            String jdbc = container.getJdbcUrl();
            String base = jdbc.substring(0, jdbc.lastIndexOf('/') + 1);
            return new Server(jdbc, base, container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory goes with it
                }
            }));
            String base = "jdbc:postgresql://localhost:" + pg.getPort() + "/";
            return new Server(base + "postgres", base, "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("WEGWIJS_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Connection data of one test database. */
    public record Database(String url, String user, String password) {}

    private record Server(String adminUrl, String baseUrl, String user, String password) {
        String urlFor(String database) {
            return baseUrl + database;
        }
    }
}
