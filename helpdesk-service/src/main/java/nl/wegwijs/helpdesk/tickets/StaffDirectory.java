package nl.wegwijs.helpdesk.tickets;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The helpdesk's staff: who a ticket may be assigned to and who is suggested for it. Two sources:
 *
 * <ul>
 *   <li>the configured directory {@code wegwijs.staff.languages} ({@link StaffProperties}), which also gives the
 *       languages each one speaks (the suggestions put those who speak the question's language first);
 *   <li>everyone who called the helpdesk with a role that works tickets ({@link #TICKET_ROLES}), remembered in table
 *       {@code staff_member}: a colleague signed in through the organisation's OpenID Connect provider can be assigned
 *       after their first request, without anyone editing configuration, and is suggested without language skills
 *       until the configuration lists them. Public callers, employers and staff who do not work tickets (EDITOR,
 *       ANALYST, ...) are never written down.
 * </ul>
 *
 * A staff member is written down at most about once an hour per instance ({@link RecentSightings}), not on every
 * request. User names are staff identifiers, not newcomers' data; they are logged at debug level only.
 */
@Component
class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

    /** The roles that work tickets ({@link TicketController#READERS}): who may take a ticket, and so be assigned one. */
    static final Set<String> TICKET_ROLES = Set.of("AGENT", "ADMIN", "SUPERLOCAL");

    /** As long as a ticket's assignee may be. */
    private static final int MAX_USERNAME_LENGTH = 100;

    private final StaffProperties configured;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RecentSightings recent = new RecentSightings();

    StaffDirectory(StaffProperties configured, JdbcClient jdbc, Clock clock) {
        this.configured = configured;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A staff member the helpdesk knows, with the languages configured for them (none when only remembered). */
    record Member(String username, List<String> languages) {}

    /**
     * Remembers a caller who has a role that works tickets (first and last seen, roles as seen); does nothing for
     * anyone else, or when this instance wrote them down within the hour with the same roles. A failure to write is
     * logged and does not fail the caller's request.
     */
    void seen(String username, Set<String> roles) {
        if (username == null
                || username.isBlank()
                || username.length() > MAX_USERNAME_LENGTH
                || roles.stream().noneMatch(TICKET_ROLES::contains)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (!recent.due(username, roles, now.toInstant())) {
            return;
        }
        String rolesSeen = String.join(",", new TreeSet<>(roles));
        try {
            jdbc.sql("""
                            insert into staff_member (username, roles, first_seen, last_seen)
                            values (:username, :roles, :now, :now)
                            on conflict ((lower(username)))
                            do update set roles = excluded.roles, last_seen = excluded.last_seen
                            """)
                    .param("username", username)
                    .param("roles", rolesSeen)
                    .param("now", now)
                    .update();
            recent.written(username, roles, now.toInstant());
            log.debug("Staff member {} seen with roles {}", username, rolesSeen);
        } catch (DataAccessException e) {
            log.warn(
                    "Could not write down a staff member seen ({})",
                    e.getClass().getSimpleName());
            log.debug("Could not write down staff member {}", username, e);
        }
    }

    /**
     * The staff member's user name as the helpdesk knows it, found in any case: as configured, or else as first seen;
     * empty when neither knows them.
     */
    Optional<String> member(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<String> fromConfiguration = configured.member(username);
        if (fromConfiguration.isPresent()) {
            return fromConfiguration;
        }
        return jdbc.sql("select username from staff_member where lower(username) = lower(:username)")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    /** Everyone configured, with their languages, and everyone remembered the configuration does not list. */
    List<Member> members() {
        List<Member> members = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        configured.languages().forEach((username, languages) -> {
            members.add(new Member(username, languages));
            listed.add(username.toLowerCase(Locale.ROOT));
        });
        for (String username : jdbc.sql("select username from staff_member order by username")
                .query(String.class)
                .list()) {
            if (listed.add(username.toLowerCase(Locale.ROOT))) {
                members.add(new Member(username, List.of()));
            }
        }
        return members;
    }
}
