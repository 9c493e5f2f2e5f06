package nl.wegwijs.helpdesk.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.helpdesk.analytics.HelpdeskAnalytics;
import nl.wegwijs.helpdesk.tickets.Actor;
import nl.wegwijs.helpdesk.tickets.TicketService;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Households' cases: opening, linking tickets, recording milestones, each with its events. */
@Service
public class CaseService {

    static final String TOPIC = "helpdesk.case.v1";

    /** The label of a case whose every linked ticket was erased: what staff typed may have named them. */
    static final String ERASED_LABEL = "[erased]";

    private static final String PREFIX = "nl.wegwijs.helpdesk.";
    private static final Logger log = LoggerFactory.getLogger(CaseService.class);

    private final JdbcClient jdbc;
    private final TicketService tickets;
    private final Outbox outbox;
    private final HelpdeskAnalytics analytics;
    private final Redactor redactor;
    private final Clock clock;

    CaseService(
            JdbcClient jdbc,
            TicketService tickets,
            Outbox outbox,
            HelpdeskAnalytics analytics,
            Redactor redactor,
            Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.outbox = outbox;
        this.analytics = analytics;
        this.redactor = redactor;
        this.clock = clock;
    }

    @Transactional
    public UUID open(String label, Integer householdSize, LocalDate startedOn, Actor actor) {
        OffsetDateTime now = now();
        LocalDate started = startedOn == null ? CaseDates.today(clock) : startedOn;
        CaseDates.startProblem(started, clock).ifPresent(problem -> {
            throw new InvalidRequestException("startedOn", problem);
        });
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into household_case (id, label, household_size, started_on, created_by, created_at)
                        values (:id, :label, :size, :started, :by, :at)
                        """)
                .param("id", id)
                .param("label", label)
                .param("size", householdSize)
                .param("started", started)
                .param("by", actor.username())
                .param("at", now)
                .update();
        outbox.add(
                TOPIC, PREFIX + "CaseOpened", id.toString(), new CaseViews.CaseOpened(id, started, householdSize, now));
        log.info("Case {} opened", id);
        return id;
    }

    @Transactional
    public void link(UUID caseId, UUID ticketId, Actor actor) {
        requireCase(caseId);
        tickets.linkToCase(ticketId, caseId, actor);
        OffsetDateTime now = now();
        outbox.add(
                TOPIC,
                PREFIX + "TicketLinkedToCase",
                caseId.toString(),
                new CaseViews.TicketLinkedToCase(caseId, ticketId, now));
    }

    @Transactional
    public void reach(UUID caseId, String milestoneName, LocalDate reachedOn, Actor actor) {
        Milestone milestone = Milestone.valueOf(milestoneName);
        LocalDate startedOn = requireCase(caseId);
        OffsetDateTime now = now();
        CaseDates.milestoneProblem(reachedOn, startedOn, clock).ifPresent(problem -> {
            throw new InvalidRequestException("reachedOn", problem);
        });
        LocalDate previous = jdbc.sql("select reached_on from case_milestone where case_id = :id and milestone = :m")
                .param("id", caseId)
                .param("m", milestone.name())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (reachedOn.equals(previous)) {
            return;
        }
        jdbc.sql("""
                        insert into case_milestone (case_id, milestone, reached_on, recorded_by, recorded_at)
                        values (:id, :m, :on, :by, :at)
                        on conflict (case_id, milestone) do update
                        set reached_on = excluded.reached_on, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        """)
                .param("id", caseId)
                .param("m", milestone.name())
                .param("on", reachedOn)
                .param("by", actor.username())
                .param("at", now)
                .update();
        outbox.add(
                TOPIC,
                PREFIX + "CaseMilestoneReached",
                caseId.toString(),
                new CaseViews.CaseMilestoneReached(caseId, milestone, reachedOn, now));
        analytics.caseMilestoneReached(caseId, milestone.name(), startedOn, reachedOn, now);
        log.info("Case {} reached {}", caseId, milestone);
    }

    /**
     * The person behind one of the case's tickets was erased (called inside the erasure's transaction,
     * after that ticket was marked erased). The label staff typed may name them: once every ticket of
     * the case is erased it belonged only to erased people and becomes {@link #ERASED_LABEL}; while
     * others of the household are still followed, the erased person's names (in any form or script)
     * and any contact data are redacted from it. Milestones and links stay: they are anonymous facts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void personErased(UUID caseId, Collection<String> namesTheyGave) {
        // Locking the case makes concurrent erasures of its last two tickets take turns: the second
        // sees the first one's ticket erased and neutralises the label. (No key update: linking a
        // ticket, whose foreign key check shares the row, need not wait.)
        String label = jdbc.sql("select label from household_case where id = :id for no key update")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (label == null) {
            return;
        }
        long stillFollowed = jdbc.sql("select count(*) from ticket where case_id = :id and erased_at is null")
                .param("id", caseId)
                .query(Long.class)
                .single();
        String erased = stillFollowed == 0 ? ERASED_LABEL : redactor.redactKeepingOtherNames(label, namesTheyGave);
        if (!erased.equals(label)) {
            jdbc.sql("update household_case set label = :label where id = :id")
                    .param("label", erased)
                    .param("id", caseId)
                    .update();
            log.info("Label of case {} {} after an erasure", caseId, stillFollowed == 0 ? "erased" : "redacted");
        }
    }

    @Transactional(readOnly = true)
    CaseViews.Detail view(UUID id) {
        record Row(
                UUID id,
                String label,
                Integer householdSize,
                LocalDate startedOn,
                String createdBy,
                OffsetDateTime createdAt) {}
        Row row = jdbc.sql(
                        "select id, label, household_size, started_on, created_by, created_at from household_case where id = :id")
                .param("id", id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Case", id));
        List<CaseViews.MilestoneView> milestones = jdbc.sql(
                        "select milestone, reached_on, recorded_by from case_milestone where case_id = :id order by reached_on, milestone")
                .param("id", id)
                .query((rs, n) -> {
                    LocalDate on = rs.getObject("reached_on", LocalDate.class);
                    return new CaseViews.MilestoneView(
                            Milestone.valueOf(rs.getString("milestone")),
                            on,
                            ChronoUnit.DAYS.between(row.startedOn(), on),
                            rs.getString("recorded_by"));
                })
                .list();
        Set<Milestone> reached =
                milestones.stream().map(CaseViews.MilestoneView::milestone).collect(Collectors.toSet());
        List<CaseViews.LinkedTicket> linked = jdbc.sql(
                        "select id, status, language, topic, created_at from ticket where case_id = :id order by created_at")
                .param("id", id)
                .query(CaseViews.LinkedTicket.class)
                .list();
        return new CaseViews.Detail(
                row.id(),
                row.label(),
                row.householdSize(),
                row.startedOn(),
                row.createdBy(),
                row.createdAt(),
                milestones,
                Arrays.stream(Milestone.values())
                        .filter(m -> !reached.contains(m))
                        .toList(),
                linked);
    }

    @Transactional(readOnly = true)
    PagedItems<CaseViews.Summary> list(int page, int size) {
        long total = jdbc.sql("select count(*) from household_case")
                .query(Long.class)
                .single();
        List<CaseViews.Summary> items = jdbc.sql("""
                        select c.id, c.label, c.household_size, c.started_on,
                               (select count(*) from case_milestone m where m.case_id = c.id)::int as milestones_reached,
                               c.created_at
                        from household_case c order by c.created_at desc, c.id limit :limit offset :offset
                        """)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(CaseViews.Summary.class)
                .list();
        return new PagedItems<>(items, page, size, total);
    }

    private LocalDate requireCase(UUID id) {
        return jdbc.sql("select started_on from household_case where id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Case", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
