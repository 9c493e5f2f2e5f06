package nl.wegwijs.helpdesk.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which staff members this instance wrote down lately (in memory), so that {@link StaffDirectory} writes a staff
 * member at most once per {@link #INTERVAL}, or when their roles change, and not on every request. Another instance,
 * or this one after a restart, writes them down once more: an upsert, harmless.
 */
final class RecentSightings {

    static final Duration INTERVAL = Duration.ofHours(1);

    private record Written(Set<String> roles, Instant at) {}

    private final Map<String, Written> written = new ConcurrentHashMap<>();

    /** Whether the staff member is to be written down: unseen here, their roles changed, or last written too long ago. */
    boolean due(String username, Set<String> roles, Instant now) {
        Written last = written.get(username);
        return last == null
                || !last.roles().equals(roles)
                || !now.isBefore(last.at().plus(INTERVAL));
    }

    void written(String username, Set<String> roles, Instant now) {
        written.put(username, new Written(Set.copyOf(roles), now));
    }
}
