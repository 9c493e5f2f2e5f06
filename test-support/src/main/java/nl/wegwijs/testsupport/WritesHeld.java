package nl.wegwijs.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/**
 * Holds back every write to one table, as a long transaction elsewhere would: {@code LOCK TABLE ... IN SHARE
 * MODE} in a transaction on a connection of its own. Reads go on; an insert, update or delete waits until
 * {@link #close}. Concurrent requests that check first and write afterwards thus all finish their checks
 * before any of them writes: the worst interleaving for a check-then-insert, made certain instead of lucky.
 *
 * <pre>{@code
 * Parallel<Api.Res> calls;
 * try (var held = WritesHeld.on(dataSource, "vacancy")) {
 *     calls = Parallel.start(5, i -> api.post(...));
 *     held.untilBlocked(5);
 * }
 * List<Api.Res> answers = calls.results();
 * }</pre>
 */
public final class WritesHeld implements AutoCloseable {

    private final Connection connection;
    private final String table;

    private WritesHeld(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    public static WritesHeld on(DataSource dataSource, String table) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                try (var lock = connection.prepareStatement("lock table " + table + " in share mode")) {
                    lock.execute();
                }
                return new WritesHeld(connection, table);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold writes to " + table, e);
        }
    }

    /**
     * Waits until this many transactions of the service wait for a lock: for the table held here or for a row
     * another of them holds.
     */
    public void untilBlocked(int transactions) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(blocked())
                        .as("transactions waiting for a lock (writes to " + table + " held)")
                        .isEqualTo(transactions));
    }

    private int blocked() throws SQLException {
        try (var waiting = connection.prepareStatement("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'
                """)) {
            try (var rs = waiting.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Lets the waiting writers go on. */
    @Override
    public void close() {
        try (connection) {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release writes to " + table, e);
        }
    }
}
