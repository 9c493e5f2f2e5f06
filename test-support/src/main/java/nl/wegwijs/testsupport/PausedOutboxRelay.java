package nl.wegwijs.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.wegwijs.platform.outbox.OutboxRelay;

/**
 * Keeps the outbox relay of the service under test from publishing, as another instance of the
 * service would while it relays: holds the relay's advisory lock ({@link OutboxRelay#ADVISORY_LOCK_KEY})
 * in a transaction on a connection of its own. When {@link #pause} returns, no relay run is in
 * progress (a run that was going has finished) and none starts until {@link #close}; events added
 * meanwhile wait in the outbox, unpublished, and go out in order afterwards.
 *
 * <pre>{@code
 * try (var paused = PausedOutboxRelay.pause(dataSource)) {
 *     // state changes whose events must not go out yet
 * }
 * }</pre>
 */
public final class PausedOutboxRelay implements AutoCloseable {

    private final Connection connection;

    private PausedOutboxRelay(Connection connection) {
        this.connection = connection;
    }

    /** Pauses the relay of the service whose database this is; waits for a run in progress to finish. */
    public static PausedOutboxRelay pause(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, OutboxRelay.ADVISORY_LOCK_KEY);
                    lock.execute();
                }
                return new PausedOutboxRelay(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not pause the outbox relay", e);
        }
    }

    /** Lets the relay publish again (its next run picks up what waited). */
    @Override
    public void close() {
        try (connection) {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not resume the outbox relay", e);
        }
    }
}
