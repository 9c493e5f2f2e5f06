package nl.wegwijs.helpdesk.tickets;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.wegwijs.helpdesk.analytics.HelpdeskAnalytics;
import nl.wegwijs.helpdesk.language.DetectedLanguage;
import nl.wegwijs.helpdesk.language.LanguageDetector;
import nl.wegwijs.helpdesk.topics.Topics;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.IsoLanguages;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket workflow. Every change writes its history entry and its events (domain and
 * analytics) in the same transaction. Logs carry ids, statuses and languages only.
 */
@Service
public class TicketService {

    private static final Logger log = LoggerFactory.getLogger(TicketService.class);

    private final Tickets tickets;
    private final Topics topics;
    private final LanguageDetector languages;
    private final Redactor redactor;
    private final Outbox outbox;
    private final People people;
    private final HelpdeskAnalytics analytics;
    private final StaffDirectory staff;
    private final IdempotentRequests idempotentRequests;
    private final MeterRegistry meters;
    private final Clock clock;
    private final boolean superlocalReviewRequired;
    private final TrackingCodes trackingCodes = new TrackingCodes();

    TicketService(
            Tickets tickets,
            Topics topics,
            LanguageDetector languages,
            Redactor redactor,
            Outbox outbox,
            People people,
            HelpdeskAnalytics analytics,
            StaffDirectory staff,
            IdempotentRequests idempotentRequests,
            MeterRegistry meters,
            Clock clock,
            @Value("${wegwijs.helpdesk.superlocal-review-required:false}") boolean superlocalReviewRequired) {
        this.tickets = tickets;
        this.topics = topics;
        this.languages = languages;
        this.redactor = redactor;
        this.outbox = outbox;
        this.people = people;
        this.analytics = analytics;
        this.staff = staff;
        this.idempotentRequests = idempotentRequests;
        this.meters = meters;
        this.clock = clock;
        this.superlocalReviewRequired = superlocalReviewRequired;
    }

    /** A question as it arrives, from the public form or logged by staff. */
    public record NewQuestion(String text, String language, Channel channel, Contact contact, String topic) {}

    // ---------------------------------------------------------------- intake

    /** The request's {@code Idempotency-Key} and the endpoint it came to (see {@link IdempotentRequests}). */
    record Idempotency(IdempotentRequests.Endpoint endpoint, IdempotencyKey key) {}

    /** The ticket a request opened, or the one an earlier request with its idempotency key opened ({@code replayed}). */
    record Opened(Ticket ticket, boolean replayed) {}

    @Transactional
    Ticket open(NewQuestion question, Actor actor) {
        return open(question, actor, null).ticket();
    }

    /**
     * Opens a ticket. With an idempotency key (may be null), a repeat of the same request by the same caller to the
     * same endpoint within the retention answers the ticket the first one opened, and opens nothing; the same key
     * with a different request is a 409 ({@link IdempotentRequests#claim}). Concurrent repeats open one ticket.
     */
    @Transactional
    Opened open(NewQuestion question, Actor actor, Idempotency idempotency) {
        requireKnownTopic(question.topic());
        UUID id = UUID.randomUUID();
        if (idempotency != null) {
            Optional<UUID> earlier =
                    idempotentRequests.claim(idempotency.endpoint(), actor.username(), idempotency.key(), question, id);
            if (earlier.isPresent()) {
                log.info("Ticket {} answered again to a repeated request (Idempotency-Key)", earlier.get());
                return new Opened(find(earlier.get()), true);
            }
        }
        OffsetDateTime now = now();
        DetectedLanguage detected = languages.detect(question.text());
        String language = question.language() == null
                ? detected.code()
                : question.language().toLowerCase(Locale.ROOT);
        // the same e-mail address or phone number as an earlier ticket (not erased): the same person
        People.ContactKeys keys = people.keysOf(question.contact());
        UUID personId = people.existingPerson(keys, id).orElse(id);
        Ticket ticket = new Ticket(
                id,
                trackingCodes.next(),
                question.text(),
                language,
                detected.code(),
                detected.transliterated(),
                question.channel(),
                TicketStatus.OPEN,
                question.topic(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                actor.username(),
                now,
                null,
                null,
                null,
                now,
                null,
                null,
                personId);
        tickets.insert(ticket, keys);
        if (question.contact() != null && !question.contact().isEmpty()) {
            tickets.saveContact(ticket.id(), question.contact());
        }
        tickets.record(
                ticket.id(),
                now,
                actor.username(),
                "CREATED",
                "via " + ticket.channel() + ", language " + language + " (detected " + detected.code()
                        + (detected.transliterated() ? ", Latin letters" : "") + ")");
        outbox.add(
                TicketEvents.TOPIC,
                TicketEvents.PREFIX + "TicketOpened",
                ticket.id().toString(),
                new TicketEvents.TicketOpened(
                        ticket.id(), language, ticket.topic(), ticket.channel().name(), now));
        analytics.ticketOpened(facts(ticket));
        meters.counter(
                        "wegwijs.helpdesk.questions",
                        "language",
                        language,
                        "channel",
                        ticket.channel().name())
                .increment();
        log.info("Ticket {} opened via {} in language {}", ticket.id(), ticket.channel(), language);
        return new Opened(ticket, false);
    }

    // ---------------------------------------------------------------- reading

    /** The inbox; callers who may not see contact data get the redacted question in the preview. */
    @Transactional(readOnly = true)
    PagedItems<TicketViews.Summary> list(TicketFilter filter, int page, int size, Actor actor) {
        requireValid(filter, actor);
        PagedItems<Ticket> found = tickets.list(filter, page, size);
        Map<UUID, Contact> contacts = actor.seesContactData()
                ? Map.of()
                : tickets.contacts(found.items().stream().map(Ticket::id).toList());
        return new PagedItems<>(
                found.items().stream()
                        .map(t -> summary(
                                t,
                                actor.seesContactData()
                                        ? t.question()
                                        : redactedQuestion(t, namesIn(contacts.get(t.id())))))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    /**
     * A filter value no ticket can ever have is a mistake, not an empty inbox: 400 naming each such parameter. The
     * language must be an ISO 639-1 code or {@code und} (as tickets' languages are), the topic a topic code or
     * {@code none}, the assignee {@code none}, a staff member the helpdesk knows, the caller, or someone a ticket is
     * assigned to (staff may have left the directory since).
     */
    private void requireValid(TicketFilter filter, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (filter.language() != null
                && !IsoLanguages.isCode(filter.language())
                && !filter.language().equals(DetectedLanguage.UNDETERMINED)) {
            problems.add(new FieldProblem(
                    "language", "must be an ISO 639-1 language code such as uk, ru, nl or en, or und"));
        }
        if (filter.topic() != null && !filter.topic().equals("none") && !topics.exists(filter.topic())) {
            problems.add(new FieldProblem("topic", "is not a known topic code (see /api/helpdesk/topics) nor none"));
        }
        if (filter.assignee() != null
                && !filter.assignee().equals("none")
                && knownAssignee(filter.assignee(), actor).isEmpty()
                && !tickets.anyAssignedTo(filter.assignee())) {
            problems.add(new FieldProblem("assignee", "is not a staff member the helpdesk knows nor none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    @Transactional(readOnly = true)
    TicketViews.Detail view(UUID id, Actor actor) {
        return detail(find(id), actor);
    }

    /** One page of the ticket's history, oldest first. */
    @Transactional(readOnly = true)
    PagedItems<TicketViews.HistoryEntry> history(UUID id, PageRequest page) {
        find(id);
        return new PagedItems<>(
                tickets.history(id, page.getOffset(), page.getPageSize()),
                page.getPageNumber(),
                page.getPageSize(),
                tickets.historyCount(id));
    }

    /** One page of the staff who could take the ticket, in the order of {@link #suggestedAssignees}. */
    @Transactional(readOnly = true)
    PagedItems<TicketViews.SuggestedAssignee> assignees(UUID id, PageRequest page) {
        return PagedItems.ofList(suggestedAssignees(find(id).language()), page);
    }

    @Transactional(readOnly = true)
    Contact contact(UUID id) {
        find(id);
        return tickets.contact(id).orElse(new Contact(null, null, null));
    }

    /**
     * What anyone holding the tracking code reads: status, language and the answer, redacted as it
     * leaves the service (the names the person gave or introduced in the question, IBAN, BSN, contact
     * data, addresses...). The code is a bearer secret that may be shared or shoulder-read, and API.md
     * promises no personal data here.
     */
    @Transactional(readOnly = true)
    TicketViews.PublicQuestion publicView(String trackingCode) {
        Ticket t = tickets.findByTrackingCode(TrackingCodes.normalise(trackingCode))
                .orElseThrow(() -> new NotFoundException("Question with tracking code", "given"));
        boolean answered = t.status() == TicketStatus.ANSWERED || t.status() == TicketStatus.CLOSED;
        String answer = answered && t.answer() != null ? redactor.redact(t.answer(), namesOf(t)) : null;
        return new TicketViews.PublicQuestion(t.status(), t.language(), answer, answered ? t.answerLanguage() : null);
    }

    /** The question's text (redacted) and language, for searching the knowledge base. */
    @Transactional(readOnly = true)
    public QuestionForSearch questionForSearch(UUID id) {
        Ticket t = find(id);
        String question = redactedQuestion(t, namesOf(t));
        return new QuestionForSearch(question == null ? "" : question, t.language());
    }

    public record QuestionForSearch(String text, String language) {}

    /**
     * The staff directory ({@link StaffDirectory}: configured with their languages, and remembered without), those who
     * speak the language first, then by open workload, then by user name.
     */
    List<TicketViews.SuggestedAssignee> suggestedAssignees(String language) {
        Map<String, Long> load = tickets.workload();
        return staff.members().stream()
                .map(m -> new TicketViews.SuggestedAssignee(
                        m.username(),
                        m.languages(),
                        m.languages().contains(language),
                        load.getOrDefault(m.username(), 0L)))
                .sorted(Comparator.comparing((TicketViews.SuggestedAssignee a) -> !a.speaksLanguage())
                        .thenComparingLong(TicketViews.SuggestedAssignee::openTickets)
                        .thenComparing(TicketViews.SuggestedAssignee::username))
                .toList();
    }

    // ---------------------------------------------------------------- workflow

    /**
     * Assigns the ticket to a staff member the helpdesk knows: one in its directory ({@link StaffDirectory}: configured
     * in {@code wegwijs.staff.languages}, stored as configured, or remembered from a request of theirs with a role that
     * works tickets, stored as first seen; in any case) or the caller themselves, whose token shows they exist. Anyone
     * else is a 400 naming {@code assignee}: a typo would otherwise take the ticket out of every inbox.
     */
    @Transactional
    TicketViews.Detail assign(UUID id, String requested, Actor actor) {
        Ticket t = lock(id);
        String assignee = knownAssignee(requested, actor)
                .orElseThrow(() -> new InvalidRequestException(
                        "assignee",
                        "is not a staff member the helpdesk knows (see GET /api/helpdesk/tickets/{id}/assignees)"));
        require(t, "assign");
        OffsetDateTime now = now();
        tickets.update(id, Map.of("assignee", assignee, "status", TicketStatus.ASSIGNED), now);
        tickets.record(id, now, actor.username(), "ASSIGNED", "to " + assignee);
        log.info("Ticket {} assigned", id);
        return detail(find(id), actor);
    }

    /** Whether a ticket may be assigned to {@code username} (see {@link #assign}). */
    boolean knowsStaffMember(String username) {
        return staff.member(username).isPresent();
    }

    private Optional<String> knownAssignee(String requested, Actor actor) {
        Optional<String> member = staff.member(requested);
        if (member.isPresent()) {
            return member;
        }
        return requested.equals(actor.username()) ? Optional.of(requested) : Optional.empty();
    }

    @Transactional
    TicketViews.Detail answer(UUID id, TicketRequests.Answer answer, Actor actor) {
        Ticket t = lock(id);
        require(t, "answer");
        requireKnownTopic(answer.topic());
        OffsetDateTime now = now();
        String language = answer.language().toLowerCase(Locale.ROOT);
        String topic = answer.topic() != null ? answer.topic() : t.topic();
        if (actor.isSuperlocalOnly() && superlocalReviewRequired) {
            Map<String, Object> pending = new LinkedHashMap<>();
            pending.put("pending_answer", answer.text());
            pending.put("pending_answer_language", language);
            pending.put("pending_answer_topic", topic);
            pending.put("pending_answer_by", actor.username());
            pending.put("pending_answer_at", now);
            tickets.update(id, pending, now);
            tickets.record(id, now, actor.username(), "ANSWER_SUBMITTED_FOR_REVIEW", "answer in " + language);
            log.info("Ticket {} has an answer awaiting review", id);
        } else {
            markAnswered(t, answer.text(), language, topic, actor.username(), actorRole(actor), actor, now, null);
        }
        return detail(find(id), actor);
    }

    @Transactional
    TicketViews.Detail approve(UUID id, Actor actor) {
        Ticket t = lock(id);
        if (!t.awaitsReview()) {
            throw new TransitionNotAllowedException(
                    "approve", t.status(), allowedActions(t), "no answer awaits review");
        }
        require(t, "answer");
        OffsetDateTime now = now();
        markAnswered(
                t,
                t.pendingAnswer(),
                t.pendingAnswerLanguage(),
                t.pendingAnswerTopic(),
                t.pendingAnswerBy(),
                "SUPERLOCAL",
                actor,
                now,
                "answer by " + t.pendingAnswerBy() + " approved");
        return detail(find(id), actor);
    }

    @Transactional
    TicketViews.Detail close(UUID id, Actor actor) {
        Ticket t = lock(id);
        require(t, "close");
        OffsetDateTime now = now();
        tickets.update(id, Map.of("status", TicketStatus.CLOSED, "closed_at", now), now);
        tickets.record(id, now, actor.username(), "CLOSED", "from " + t.status());
        outbox.add(
                TicketEvents.TOPIC,
                TicketEvents.PREFIX + "TicketClosed",
                id.toString(),
                new TicketEvents.TicketClosed(
                        id, t.language(), t.topic(), t.channel().name(), now));
        analytics.ticketClosed(facts(t), now);
        log.info("Ticket {} closed", id);
        return detail(find(id), actor);
    }

    @Transactional
    TicketViews.Detail reopen(UUID id, Actor actor) {
        Ticket t = lock(id);
        require(t, "reopen");
        OffsetDateTime now = now();
        TicketStatus next = t.assignee() == null ? TicketStatus.OPEN : TicketStatus.ASSIGNED;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", next);
        changes.put("closed_at", null);
        tickets.update(id, changes, now);
        tickets.record(id, now, actor.username(), "REOPENED", "from " + t.status() + " to " + next);
        outbox.add(
                TicketEvents.TOPIC,
                TicketEvents.PREFIX + "TicketReopened",
                id.toString(),
                new TicketEvents.TicketReopened(
                        id, t.language(), t.topic(), t.channel().name(), now));
        analytics.ticketReopened(facts(t), now);
        log.info("Ticket {} reopened", id);
        return detail(find(id), actor);
    }

    /**
     * Staff correct the language or set the topic. A new topic goes out as {@code TicketTopicChanged}
     * (domain and analytics), so whoever counts questions per topic (the expert pool) moves the ticket.
     */
    @Transactional
    TicketViews.Detail correct(UUID id, TicketRequests.Correction correction, Actor actor) {
        Ticket t = lock(id);
        OffsetDateTime now = now();
        Map<String, Object> changes = new LinkedHashMap<>();
        if (correction.language() != null && !correction.language().equals(t.language())) {
            changes.put("language", correction.language());
            tickets.record(
                    id, now, actor.username(), "LANGUAGE_CHANGED", t.language() + " -> " + correction.language());
        }
        boolean topicChanged = correction.topic() != null && !correction.topic().equals(t.topic());
        if (topicChanged) {
            requireKnownTopic(correction.topic());
            changes.put("topic", correction.topic());
            tickets.record(id, now, actor.username(), "TOPIC_CHANGED", t.topic() + " -> " + correction.topic());
        }
        if (!changes.isEmpty()) {
            tickets.update(id, changes, now);
        }
        if (topicChanged) {
            outbox.add(
                    TicketEvents.TOPIC,
                    TicketEvents.PREFIX + "TicketTopicChanged",
                    id.toString(),
                    new TicketEvents.TicketTopicChanged(id, correction.topic(), t.topic(), now));
            String language = correction.language() != null ? correction.language() : t.language();
            analytics.ticketTopicChanged(
                    new HelpdeskAnalytics.TicketFacts(
                            id,
                            t.personId(),
                            language,
                            correction.topic(),
                            t.channel().name(),
                            t.createdAt()),
                    t.topic(),
                    now);
            log.info("Ticket {} topic changed from {} to {}", id, t.topic(), correction.topic());
        }
        return detail(find(id), actor);
    }

    /** Adds an internal note; the answer shows it as the caller may read it (see {@link #notes}). */
    @Transactional
    TicketViews.Note addNote(UUID id, String text, Actor actor) {
        Ticket t = lock(id);
        OffsetDateTime now = now();
        UUID noteId = UUID.randomUUID();
        tickets.addNote(noteId, id, actor.username(), text, now);
        tickets.record(id, now, actor.username(), "NOTE_ADDED", null);
        return readable(new TicketViews.Note(noteId, actor.username(), text, now), textAsSeenBy(t, actor));
    }

    /**
     * One page of the internal notes, oldest first: as written for AGENT and ADMIN, redacted for anyone else
     * (they may hold contact data).
     */
    @Transactional(readOnly = true)
    PagedItems<TicketViews.Note> notes(UUID id, PageRequest page, Actor actor) {
        UnaryOperator<String> asSeen = textAsSeenBy(find(id), actor);
        return new PagedItems<>(
                tickets.notes(id, page.getOffset(), page.getPageSize()).stream()
                        .map(note -> readable(note, asSeen))
                        .toList(),
                page.getPageNumber(),
                page.getPageSize(),
                tickets.noteCount(id));
    }

    /** Links a ticket to a household's case (called by the cases feature inside its transaction). */
    @Transactional
    public void linkToCase(UUID ticketId, UUID caseId, Actor actor) {
        lock(ticketId);
        OffsetDateTime now = now();
        tickets.update(ticketId, Map.of("case_id", caseId), now);
        tickets.record(ticketId, now, actor.username(), "LINKED_TO_CASE", "case " + caseId);
    }

    // ---------------------------------------------------------------- internals

    private void markAnswered(
            Ticket t,
            String text,
            String language,
            String topic,
            String answeredBy,
            String answeredByRole,
            Actor actor,
            OffsetDateTime now,
            String approval) {
        boolean first = t.firstAnsweredAt() == null;
        OffsetDateTime firstAnsweredAt = first ? now : t.firstAnsweredAt();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", TicketStatus.ANSWERED);
        changes.put("answer", text);
        changes.put("answer_language", language);
        changes.put("answered_by", answeredBy);
        changes.put("topic", topic);
        changes.put("answered_at", now);
        changes.put("first_answered_at", firstAnsweredAt);
        changes.put("pending_answer", null);
        changes.put("pending_answer_language", null);
        changes.put("pending_answer_topic", null);
        changes.put("pending_answer_by", null);
        changes.put("pending_answer_at", null);
        tickets.update(t.id(), changes, now);
        tickets.record(
                t.id(),
                now,
                actor.username(),
                approval == null ? "ANSWERED" : "ANSWER_APPROVED",
                approval == null ? "answer in " + language : approval + ", answer in " + language);

        List<String> names = namesOf(t);
        outbox.add(
                TicketEvents.TOPIC,
                TicketEvents.PREFIX + "TicketAnswered",
                t.id().toString(),
                new TicketEvents.TicketAnswered(
                        t.id(),
                        redactedQuestion(t, names),
                        t.language(),
                        redactor.redact(text, names),
                        language,
                        topic,
                        t.channel().name(),
                        t.createdAt(),
                        now));
        HelpdeskAnalytics.TicketFacts facts = new HelpdeskAnalytics.TicketFacts(
                t.id(), t.personId(), t.language(), topic, t.channel().name(), t.createdAt());
        analytics.ticketAnswered(facts, language, answeredByRole, first, firstAnsweredAt, now);
        if (first) {
            Timer.builder("wegwijs.helpdesk.first.answer")
                    .description("Time from a question's arrival to its first answer")
                    .tag("language", t.language())
                    .tag("topic", topic == null ? "none" : topic)
                    .publishPercentiles(0.5, 0.9)
                    .register(meters)
                    .record(Duration.between(t.createdAt(), now));
        }
        log.info("Ticket {} answered (first answer: {})", t.id(), first);
    }

    /**
     * The question as it may leave the service or reach someone who may not see contact data:
     * through the platform's redactor, with the names the person gave (the redactor adds the names the
     * question introduces itself). Null once erased.
     */
    private String redactedQuestion(Ticket t, List<String> names) {
        return t.question() == null ? null : redactor.redact(t.question(), names);
    }

    /**
     * The ticket's free text (question, answers, notes) as the caller may read it: as written for AGENT
     * and ADMIN; for anyone else (superlocals) through the redactor with the person's names (see
     * {@link #namesOf}), as it would leave the service. Answers may address the person by name and
     * notes may hold a phone number just as the question may.
     */
    private UnaryOperator<String> textAsSeenBy(Ticket t, Actor actor) {
        if (actor.seesContactData()) {
            return UnaryOperator.identity();
        }
        List<String> names = namesOf(t);
        return text -> redactor.redact(text, names);
    }

    private static TicketViews.Note readable(TicketViews.Note note, UnaryOperator<String> asSeen) {
        return new TicketViews.Note(note.id(), note.author(), asSeen.apply(note.text()), note.createdAt());
    }

    /**
     * The person's names, to redact the ticket's texts with: those in the contact data, and those they
     * introduced in the question ("Мене звати Марія Іваненко"), which a staff answer or note addressing
     * them ("Шановна Маріє Іваненко!") would otherwise carry out of the service (into TicketAnswered, a
     * published article, the public tracking page). The redactor also catches their inflected and
     * transliterated forms.
     */
    private List<String> namesOf(Ticket t) {
        List<String> names = new ArrayList<>(namesIn(tickets.contact(t.id()).orElse(null)));
        if (t.question() != null) {
            names.addAll(redactor.namesIntroducedIn(t.question()));
        }
        return names;
    }

    private static List<String> namesIn(Contact contact) {
        return contact == null ? List.of() : contact.names();
    }

    private static String actorRole(Actor actor) {
        if (actor.roles().contains("AGENT")) {
            return "AGENT";
        }
        if (actor.roles().contains("ADMIN")) {
            return "ADMIN";
        }
        return actor.isSuperlocalOnly() ? "SUPERLOCAL" : "OTHER";
    }

    private Ticket find(UUID id) {
        return tickets.find(id).orElseThrow(() -> new NotFoundException("Ticket", id));
    }

    private Ticket lock(UUID id) {
        return tickets.lock(id).orElseThrow(() -> new NotFoundException("Ticket", id));
    }

    private void require(Ticket t, String action) {
        if (!t.status().allows(action)) {
            throw new TransitionNotAllowedException(action, t.status(), allowedActions(t), null);
        }
        if (t.erased() && !action.equals("close") && !action.equals("reopen")) {
            throw new TransitionNotAllowedException(
                    action, t.status(), allowedActions(t), "the person's data was erased");
        }
    }

    private void requireKnownTopic(String topic) {
        if (topic != null && !topics.exists(topic)) {
            throw new InvalidRequestException("topic", "is not a known topic code (see /api/helpdesk/topics)");
        }
    }

    static List<String> allowedActions(Ticket t) {
        List<String> allowed = t.status().allowedActions().stream()
                .filter(a -> !t.erased() || a.equals("close") || a.equals("reopen"))
                .toList();
        if (t.awaitsReview() && !t.erased()) {
            return java.util.stream.Stream.concat(allowed.stream(), java.util.stream.Stream.of("approve"))
                    .toList();
        }
        return allowed;
    }

    private TicketViews.Detail detail(Ticket t, Actor actor) {
        boolean staffView = actor.seesContactData();
        UnaryOperator<String> asSeen = textAsSeenBy(t, actor);
        Long secondsToFirstAnswer = t.firstAnsweredAt() == null
                ? null
                : Duration.between(t.createdAt(), t.firstAnsweredAt()).toSeconds();
        TicketViews.PendingAnswer pending = t.awaitsReview()
                ? new TicketViews.PendingAnswer(
                        asSeen.apply(t.pendingAnswer()),
                        t.pendingAnswerLanguage(),
                        t.pendingAnswerTopic(),
                        t.pendingAnswerBy(),
                        t.pendingAnswerAt())
                : null;
        return new TicketViews.Detail(
                t.id(),
                t.status(),
                asSeen.apply(t.question()),
                t.language(),
                t.detectedLanguage(),
                t.transliterated(),
                t.topic(),
                t.topic() == null
                        ? topics.suggest(t.question(), t.transliterated()).orElse(null)
                        : null,
                t.channel(),
                t.assignee(),
                asSeen.apply(t.answer()),
                t.answerLanguage(),
                t.answeredBy(),
                pending,
                t.caseId(),
                t.createdBy(),
                t.createdAt(),
                t.firstAnsweredAt(),
                t.answeredAt(),
                t.closedAt(),
                t.updatedAt(),
                secondsToFirstAnswer,
                t.erased(),
                staffView ? t.trackingCode() : null,
                staffView ? tickets.contact(t.id()).orElse(null) : null,
                allowedActions(t),
                suggestedAssignees(t.language()),
                tickets.notes(t.id()).stream()
                        .map(note -> readable(note, asSeen))
                        .toList(),
                tickets.history(t.id()));
    }

    /** An inbox line; {@code question} is already what the caller may read (cut after redaction). */
    private static TicketViews.Summary summary(Ticket t, String question) {
        String preview =
                question == null ? null : question.length() <= 140 ? question : question.substring(0, 140) + "…";
        return new TicketViews.Summary(
                t.id(),
                t.status(),
                t.language(),
                t.topic(),
                t.channel(),
                t.assignee(),
                t.awaitsReview(),
                preview,
                t.caseId(),
                t.createdAt(),
                t.updatedAt());
    }

    private static HelpdeskAnalytics.TicketFacts facts(Ticket t) {
        return new HelpdeskAnalytics.TicketFacts(
                t.id(), t.personId(), t.language(), t.topic(), t.channel().name(), t.createdAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
