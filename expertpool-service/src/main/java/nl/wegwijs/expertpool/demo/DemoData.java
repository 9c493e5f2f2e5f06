package nl.wegwijs.expertpool.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.expertpool.AmsterdamDays;
import nl.wegwijs.expertpool.agenda.AgendaPoint;
import nl.wegwijs.expertpool.agenda.AgendaPoints;
import nl.wegwijs.expertpool.agenda.AgendaService;
import nl.wegwijs.expertpool.agenda.AgendaStatus;
import nl.wegwijs.expertpool.experts.Consent;
import nl.wegwijs.expertpool.experts.ExpertService;
import nl.wegwijs.expertpool.experts.Experts;
import nl.wegwijs.expertpool.sessions.Session;
import nl.wegwijs.expertpool.sessions.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a small, fictional expert pool through the services (so the events go out as in real use):
 * eight experts, a past session with attendance and an upcoming one with invitations, and four agenda
 * points at different steps of their road. Names are invented.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String BY = "demo-data";

    private final ExpertService experts;
    private final Experts expertTable;
    private final SessionService sessions;
    private final AgendaService agenda;
    private final AgendaPoints points;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(
            ExpertService experts,
            Experts expertTable,
            SessionService sessions,
            AgendaService agenda,
            AgendaPoints points,
            TransactionTemplate transactions,
            Clock clock) {
        this.experts = experts;
        this.expertTable = expertTable;
        this.sessions = sessions;
        this.agenda = agenda;
        this.points = points;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Seeds when the pool is empty; returns whether it did. */
    public boolean seedIfEmpty() {
        Boolean seeded = transactions.execute(status -> {
            if (expertTable.count() > 0) {
                return false;
            }
            seed();
            return true;
        });
        return Boolean.TRUE.equals(seeded);
    }

    /** Seeds the demo pool and returns the agenda points it raised. */
    public List<AgendaPoint> seed() {
        return transactions.execute(status -> {
            List<UUID> ids = new ArrayList<>();
            ids.add(expert(
                    "Olena K.",
                    List.of("uk", "ru", "nl"),
                    "Utrecht",
                    List.of("housing-shelter", "municipal-registration-bsn"),
                    true));
            ids.add(expert(
                    "Andriy M.",
                    List.of("uk", "en"),
                    "Rotterdam",
                    List.of("work-employer-notification", "banking"),
                    true));
            ids.add(expert(
                    "Iryna S.", List.of("uk", "ru"), "Zwolle", List.of("education-school", "language-lessons"), true));
            ids.add(expert(
                    "Serhiy P.", List.of("uk"), "Den Haag", List.of("municipal-registration-bsn", "documents"), false));
            ids.add(expert(
                    "Natalia V.",
                    List.of("ru", "uk", "en"),
                    "Amsterdam",
                    List.of("health-care-insurance", "mental-health"),
                    true));
            ids.add(expert(
                    "Dmytro H.",
                    List.of("uk", "nl"),
                    "Eindhoven",
                    List.of("transport-driving-licence", "banking"),
                    true));
            ids.add(expert(
                    "Kateryna L.",
                    List.of("uk", "en"),
                    "Groningen",
                    List.of("living-allowance", "benefits", "municipal-registration-bsn"),
                    true));
            ids.add(expert(
                    "Oleksandr T.", List.of("uk", "ru"), "Venlo", List.of("housing-shelter", "travel-ukraine"), true));

            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
            Session past = sessions.schedule(
                    "municipal-registration-bsn",
                    "Registering with the municipality: what goes wrong",
                    now.minusDays(45).withHour(18).withOffsetSameInstant(ZoneOffset.UTC),
                    "uk",
                    "Wijkcentrum De Pijler, Utrecht",
                    12);
            Session coming = sessions.schedule(
                    "housing-shelter",
                    "From municipal shelter to your own home",
                    now.plusDays(10).withHour(18),
                    "uk",
                    "https://meet.example.org/wegwijs-housing",
                    10);
            sessions.attendance(past.id(), List.of(ids.get(0), ids.get(1), ids.get(4), ids.get(6)));
            sessions.minutes(
                    past.id(),
                    "Four experts shared how long BSN appointments take and which documents municipalities ask for."
                            + " Four agenda points were raised.");
            sessions.invite(coming.id(), List.of(ids.get(0), ids.get(7)));

            List<AgendaPoint> raised = new ArrayList<>();
            AgendaPoint waiting = agenda.raise(
                    past.id(),
                    "municipal-registration-bsn",
                    "Waiting times for a BSN appointment run to eight weeks in some municipalities; without a BSN"
                            + " people cannot start work or open a bank account.",
                    ids.get(0),
                    BY);
            agenda.support(waiting.id(), ids.get(1), "I could not take a job offer because I had no BSN yet.");
            agenda.support(waiting.id(), ids.get(6), null);
            raised.add(waiting);
            AgendaPoint documents = agenda.raise(
                    past.id(),
                    "documents",
                    "Municipalities ask for birth certificates with an apostille that cannot be obtained from"
                            + " occupied areas.",
                    ids.get(4),
                    BY);
            agenda.support(documents.id(), ids.get(0), "My documents are in Mariupol; nobody can get them.");
            raised.add(documents);
            AgendaPoint allowance = agenda.raise(
                    past.id(),
                    "living-allowance",
                    "The living allowance stops at once when someone finds part-time work, which makes small jobs"
                            + " a risk.",
                    ids.get(6),
                    BY);
            raised.add(allowance);
            // raised in the past session too: a point is raised in a session that has started
            AgendaPoint housing = agenda.raise(
                    past.id(),
                    "housing-shelter",
                    "People who work cannot move out of municipal shelter because landlords ask for a permanent"
                            + " residence permit.",
                    ids.get(7),
                    BY);
            raised.add(housing);

            LocalDate today = AmsterdamDays.today(clock);
            step(waiting, AgendaStatus.PRIORITISED, null, null, null, null, 1);
            step(
                    waiting,
                    AgendaStatus.PRESENTED,
                    today.minusDays(30),
                    List.of(ids.get(0), ids.get(1)),
                    null,
                    null,
                    null);
            step(waiting, AgendaStatus.SUBMITTED, null, null, "2026Z18452", null, null);
            step(waiting, AgendaStatus.ANSWERED, null, null, null, today.minusDays(5), null);
            step(documents, AgendaStatus.PRIORITISED, null, null, null, null, 2);
            step(documents, AgendaStatus.PRESENTED, today.minusDays(30), List.of(ids.get(4)), null, null, null);
            step(documents, AgendaStatus.SUBMITTED, null, null, "2026Z18460", null, null);
            step(allowance, AgendaStatus.PRIORITISED, null, null, null, null, 3);
            log.info(
                    "Seeded the expert pool demo: {} experts, 2 sessions, {} agenda points", ids.size(), raised.size());
            return raised.stream().map(p -> points.find(p.id()).orElseThrow()).toList();
        });
    }

    private UUID expert(String name, List<String> languages, String city, List<String> themes, boolean quote) {
        var request = new nl.wegwijs.expertpool.experts.ExpertRequest(
                name, languages, city, themes, new Consent(true, quote, false), null, null, null);
        return experts.join(request, BY).id();
    }

    private void step(
            AgendaPoint point,
            AgendaStatus to,
            LocalDate visitDate,
            List<UUID> visitors,
            String reference,
            LocalDate answeredOn,
            Integer priority) {
        agenda.changeStatus(
                point.id(),
                to,
                visitDate,
                visitors,
                reference,
                answeredOn,
                answeredOn == null
                        ? null
                        : "The minister asks municipalities to offer a BSN appointment within two weeks and will"
                                + " report on waiting times.",
                priority,
                null,
                BY);
    }
}
