package nl.wegwijs.knowledge.drafts;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.knowledge.events.KnowledgeEvents;
import nl.wegwijs.knowledge.grouping.FeatureExtractor;
import nl.wegwijs.knowledge.grouping.Grouper;
import nl.wegwijs.knowledge.grouping.GroupingScore;
import nl.wegwijs.knowledge.grouping.QuestionFeatures;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.Lexicons;
import nl.wegwijs.knowledge.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns answered questions into drafts: redacts them again, groups each with the draft or published
 * article that answers the same question (recording why), or starts a new draft whose body is the
 * staff answer and whose title comes from the question.
 *
 * <p>The stored questions' and titles' features are derived with the current lexicon and kept in memory.
 * At start-up and after every lexicon change they are derived ahead on a background thread, so the next
 * question does not wait for all of them (a question arriving meanwhile derives what is still missing
 * itself, from the other end of the list).
 */
@Service
class DraftIntake {

    private static final Logger log = LoggerFactory.getLogger(DraftIntake.class);

    /**
     * Why a question is where it is, as stored and shown to editors: the question it matched, or the
     * title of the draft or article it matched (a published article may have no questions).
     */
    record Reasons(
            String decision, UUID matchedTicketId, MatchedTitle matchedTitle, GroupingScore score, double threshold) {}

    /** A draft's or article's title in one language. */
    record MatchedTitle(String language, String title) {}

    /** One member of a group: a question (by ticket) or a title. */
    private record Member(UUID ticketId, MatchedTitle title) {}

    /** Features derived with one lexicon; derived again when the lexicon changes. */
    private record Derived(Lexicon lexicon, QuestionFeatures features) {}

    /** A group's titles as last read, with their features. */
    private record Titled(List<Drafts.TitleCandidate> rows, Lexicon lexicon, List<QuestionFeatures> features) {}

    private final Drafts drafts;
    private final ErasedTickets erasedTickets;
    private final FeatureExtractor features;
    private final Grouper grouper;
    private final PersonalData personalData;
    private final TextAnalysis analysis;
    private final KnowledgeEvents events;
    private final JsonMapper json;
    private final Clock clock;
    private final Supplier<Lexicon> lexicon;
    private final Map<UUID, Derived> featureCache = new ConcurrentHashMap<>();
    private final Map<UUID, Titled> titleCache = new ConcurrentHashMap<>();
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("derive-ahead").daemon().factory());
    /** The run of {@link #deriveAhead} that has not started yet, if any: one such run serves every request. */
    private final AtomicReference<CompletableFuture<Void>> queued = new AtomicReference<>();

    DraftIntake(
            Drafts drafts,
            ErasedTickets erasedTickets,
            FeatureExtractor features,
            Grouper grouper,
            PersonalData personalData,
            TextAnalysis analysis,
            KnowledgeEvents events,
            JsonMapper json,
            Clock clock,
            Lexicons lexicons) {
        this.drafts = drafts;
        this.erasedTickets = erasedTickets;
        this.features = features;
        this.grouper = grouper;
        this.personalData = personalData;
        this.analysis = analysis;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.lexicon = lexicons;
        lexicons.onChange(changed -> deriveAhead());
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        deriveAhead();
    }

    /**
     * Derives the features of every stored question and title with the current lexicon on the background
     * thread, unless a run that has not started yet will; completes when that run has ended. A run stops
     * early when the lexicon changes again (the next run takes over).
     */
    CompletableFuture<Void> deriveAhead() {
        CompletableFuture<Void> run = new CompletableFuture<>();
        CompletableFuture<Void> waiting = queued.compareAndExchange(null, run);
        if (waiting != null) {
            return waiting; // it reads the lexicon when it starts, so it serves this request too
        }
        try {
            ahead.execute(() -> {
                queued.compareAndSet(run, null);
                try {
                    deriveAheadNow();
                } catch (RuntimeException e) {
                    // the kind only: a message could quote what it failed on
                    log.warn(
                            "Deriving the stored questions' features ahead failed ({}); the next question derives them",
                            e.getClass().getName());
                } finally {
                    run.complete(null);
                }
            });
        } catch (RejectedExecutionException shutDown) {
            queued.compareAndSet(run, null);
            run.complete(null);
        }
        return run;
    }

    private void deriveAheadNow() {
        long start = System.nanoTime();
        Lexicon current = lexicon.get();
        List<Drafts.Candidate> candidates = drafts.candidates();
        // from the end: a question arriving meanwhile derives from the start, and the two meet in the middle
        for (Drafts.Candidate c : candidates.reversed()) {
            if (lexicon.get() != current || Thread.currentThread().isInterrupted()) {
                return;
            }
            featuresOf(c, current);
        }
        addTitles(new LinkedHashMap<>(), new LinkedHashMap<>(), current);
        log.info(
                "Features of {} stored questions and the titles derived ahead in {} ms",
                candidates.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @PreDestroy
    void stopDerivingAhead() {
        ahead.shutdownNow();
    }

    /** Whether this ticket's stored question's features are known, derived with this lexicon. */
    boolean derivedWith(UUID ticketId, Lexicon lexicon) {
        Derived derived = featureCache.get(ticketId);
        return derived != null && derived.lexicon() == lexicon;
    }

    @Transactional
    void receive(TicketAnswered answered) {
        erasedTickets.lock(answered.ticketId());
        if (erasedTickets.contains(answered.ticketId())) {
            return; // its person was forgotten: question and answer may carry their data, so nothing is kept
        }
        if (drafts.hasQuestion(answered.ticketId())) {
            return; // the same ticket answered again: its question is already grouped
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the names the question gives and those the answer's salutation gives: "Hi Svitozar," names the asker
        List<String> names = personalData.namesOf(answered.question(), answered.answer());
        String question = personalData.redact(answered.question().strip(), names);
        String answer = answered.answer() == null
                ? ""
                : personalData.redact(answered.answer().strip(), names);
        String questionLanguage = analysis.languageOf(question, answered.questionLanguage());
        String answerLanguage =
                answer.isEmpty() ? questionLanguage : analysis.languageOf(answer, answered.answerLanguage());
        String topic = answered.topic() == null || answered.topic().isBlank() ? null : answered.topic();
        QuestionFeatures f = features.features(question, questionLanguage, answer, answerLanguage, topic);

        Map<UUID, List<QuestionFeatures>> groups = new LinkedHashMap<>();
        Map<UUID, List<Member>> members = new LinkedHashMap<>();
        Lexicon current = lexicon.get();
        Set<UUID> candidates = new HashSet<>();
        for (Drafts.Candidate c : drafts.candidates()) {
            groups.computeIfAbsent(c.draftId(), d -> new ArrayList<>()).add(featuresOf(c, current));
            members.computeIfAbsent(c.draftId(), d -> new ArrayList<>()).add(new Member(c.ticketId(), null));
            candidates.add(c.ticketId());
        }
        // questions no longer candidates (rejected, retired, erased): what was derived from them goes
        featureCache.keySet().retainAll(candidates);
        addTitles(groups, members, current);
        var match = grouper.bestGroup(f, groups);
        OffsetDateTime askedAt = answered.askedAt() == null ? now : answered.askedAt();
        String featureJson = json.writeValueAsString(f);
        if (match.isPresent()) {
            UUID draftId = match.get().group();
            Member matched = members.get(draftId).get(match.get().memberIndex());
            GroupingScore why = match.get().why();
            Drafts.DraftRow draft = drafts.lock(draftId).orElseThrow();
            drafts.insertQuestion(new Drafts.QuestionRow(
                    answered.ticketId(),
                    draftId,
                    questionLanguage,
                    question,
                    answer,
                    answerLanguage,
                    topic,
                    askedAt,
                    answered.answeredAt(),
                    featureJson,
                    why.score(),
                    json.writeValueAsString(new Reasons(
                            "joined",
                            matched.ticketId(),
                            matched.title(),
                            why,
                            grouper.scorer().settings().threshold())),
                    false,
                    now));
            int count = drafts.recount(draftId, now);
            events.questionGrouped(new KnowledgeEvents.QuestionGrouped(
                    draftId,
                    draft.articleId(),
                    answered.ticketId(),
                    questionLanguage,
                    topic,
                    why.score(),
                    why.sharedConcepts(),
                    count,
                    now));
        } else {
            UUID draftId = UUID.randomUUID();
            FirstTranslations first = FirstTranslations.of(
                    question, questionLanguage, answer, answerLanguage, Titles.Reader.of(features, questionLanguage));
            String language = first.language();
            drafts.insert(
                    new Drafts.DraftRow(draftId, DraftStatus.OPEN, language, topic, null, null, 1, askedAt, now, now));
            drafts.saveTranslations(draftId, first.translations());
            // why not: the nearest question or title, though it did not score what it needed
            GroupingScore best =
                    grouper.nearest(f, groups).map(Grouper.Match::why).orElse(GroupingScore.NONE);
            drafts.insertQuestion(new Drafts.QuestionRow(
                    answered.ticketId(),
                    draftId,
                    questionLanguage,
                    question,
                    answer,
                    answerLanguage,
                    topic,
                    askedAt,
                    answered.answeredAt(),
                    featureJson,
                    null,
                    json.writeValueAsString(new Reasons(
                            "new draft",
                            null,
                            null,
                            best,
                            grouper.scorer().settings().threshold())),
                    false,
                    now));
            events.draftCreated(new KnowledgeEvents.DraftCreated(
                    draftId, answered.ticketId(), language, topic, first.title(), now));
        }
        featureCache.put(answered.ticketId(), new Derived(current, f));
    }

    /**
     * A stored question's features, derived from its (redacted) text with the current lexicon: a lexicon
     * edit applies to the questions already grouped too, not only to new ones. Stored features are the
     * fallback where the text is gone.
     */
    private QuestionFeatures featuresOf(Drafts.Candidate c, Lexicon current) {
        Derived cached = featureCache.get(c.ticketId());
        if (cached != null && cached.lexicon() == current) {
            return cached.features();
        }
        QuestionFeatures derived = c.text() == null
                ? json.readValue(c.features(), QuestionFeatures.class)
                : features.features(c.text(), c.language(), c.answer(), c.answerLanguage(), c.topic());
        featureCache.put(c.ticketId(), new Derived(current, derived));
        return derived;
    }

    /** Adds every title of the candidate drafts and articles, in every language, as a member of its group. */
    private void addTitles(Map<UUID, List<QuestionFeatures>> groups, Map<UUID, List<Member>> members, Lexicon current) {
        Map<UUID, List<Drafts.TitleCandidate>> byDraft = new LinkedHashMap<>();
        for (Drafts.TitleCandidate t : drafts.titleCandidates()) {
            if (t.title() != null && !t.title().isBlank() && !Titles.REMOVED.equals(t.title())) {
                byDraft.computeIfAbsent(t.draftId(), d -> new ArrayList<>()).add(t);
            }
        }
        titleCache.keySet().retainAll(byDraft.keySet());
        byDraft.forEach((draftId, rows) -> {
            Titled titled = titleCache.get(draftId);
            if (titled == null || titled.lexicon() != current || !titled.rows().equals(rows)) {
                Map<String, String> bodies = drafts.bodies(draftId);
                titled = new Titled(
                        rows,
                        current,
                        rows.stream()
                                .map(t -> features.titleFeatures(
                                        t.title(), t.language(), bodies.get(t.language()), t.topic()))
                                .toList());
                titleCache.put(draftId, titled);
            }
            for (int i = 0; i < rows.size(); i++) {
                groups.computeIfAbsent(draftId, d -> new ArrayList<>())
                        .add(titled.features().get(i));
                members.computeIfAbsent(draftId, d -> new ArrayList<>())
                        .add(new Member(
                                null,
                                new MatchedTitle(
                                        rows.get(i).language(), rows.get(i).title())));
            }
        });
    }

    /**
     * A person asked to be forgotten: their question's text (and what was derived from it) goes, and the
     * ticket is remembered as erased, stored yet or not, so a later {@code TicketAnswered} cannot bring it back.
     * Unpublished drafts also lose what was copied from the ticket and not edited since: a title made from
     * its question, a body that is its answer (in every draft a split or merge copied them to). Another
     * question of that draft takes their place where there is one; what editors wrote stays.
     */
    @Transactional
    void erase(UUID ticketId, OffsetDateTime erasedAt) {
        erasedTickets.lock(ticketId);
        erasedTickets.remember(ticketId, erasedAt == null ? OffsetDateTime.now(clock) : erasedAt);
        featureCache.remove(ticketId);
        Drafts.QuestionRow q = drafts.question(ticketId).orElse(null);
        if (q == null) {
            return;
        }
        // the title this ticket's question gives a draft now, and the one older drafts got from it
        Set<String> titles = q.text() == null ? Set.of() : Titles.everyTitleFor(q.text());
        String answer = q.answer();
        // the body a draft got from it: the answer without salutation and sign-off (before: the whole answer)
        Set<String> bodies =
                answer == null ? Set.of() : new LinkedHashSet<>(List.of(answer, FirstTranslations.body(answer)));
        // Lock the drafts first (as merges and splits do), then erase: no split or merge can copy the text
        // into another draft meanwhile. Repeat for drafts one of them made while we waited for its lock.
        Set<UUID> locked = new TreeSet<>();
        while (true) {
            Set<UUID> wanted = new TreeSet<>();
            for (String body : bodies) {
                wanted.addAll(drafts.unpublishedHolding(null, body));
            }
            for (String title : titles) {
                wanted.addAll(drafts.unpublishedHolding(title, null));
            }
            drafts.question(ticketId).ifPresent(current -> wanted.add(current.draftId()));
            wanted.removeAll(locked);
            if (wanted.isEmpty()) {
                break;
            }
            wanted.forEach(drafts::lock);
            locked.addAll(wanted);
        }
        drafts.erase(ticketId);
        for (UUID draftId : locked) {
            forgetCopies(draftId, titles, bodies);
        }
    }

    /** Replaces the erased ticket's title and answer where this unpublished draft still shows them unedited. */
    private void forgetCopies(UUID draftId, Set<String> titles, Set<String> bodies) {
        Drafts.DraftRow draft = drafts.find(draftId).orElseThrow();
        if (draft.status() == DraftStatus.PUBLISHED) {
            return; // what was published was an editor's decision; the article is not changed
        }
        List<Drafts.QuestionRow> others =
                drafts.questions(draftId).stream().filter(o -> !o.erased()).toList();
        Map<String, String> otherTitleByLanguage = new LinkedHashMap<>();
        others.stream()
                .filter(o -> o.text() != null)
                .forEach(o -> otherTitleByLanguage.putIfAbsent(
                        o.language(), Titles.fromQuestion(o.text(), Titles.Reader.of(features, o.language()))));
        Set<String> otherTitlesEver = others.stream()
                .filter(o -> o.text() != null)
                .flatMap(o -> Titles.everyTitleFor(o.text()).stream())
                .collect(java.util.stream.Collectors.toSet());
        Map<String, TranslationText> before = drafts.translations(draftId);
        Map<String, TranslationText> after = new LinkedHashMap<>();
        before.forEach((language, t) -> {
            String newTitle = t.title();
            boolean erasedTitle = titles.stream().anyMatch(title -> TicketText.same(t.title(), title));
            boolean alsoAnother = otherTitlesEver.stream().anyMatch(o -> TicketText.same(o, t.title()));
            if (erasedTitle && !alsoAnother) {
                // another question asked in this translation's language, never one in another language
                newTitle = otherTitleByLanguage.get(language);
                if (newTitle == null
                        && !language.equals(draft.language())
                        && t.body().isBlank()) {
                    return; // the question's own translation, nothing but its title: it goes with it
                }
                if (newTitle == null) {
                    newTitle = Titles.REMOVED;
                }
            }
            String newBody = t.body();
            boolean erasedBody = bodies.stream().anyMatch(body -> TicketText.same(t.body(), body));
            boolean alsoAnothers = others.stream()
                    .filter(o -> o.answer() != null)
                    .anyMatch(o -> TicketText.same(t.body(), o.answer())
                            || TicketText.same(t.body(), FirstTranslations.body(o.answer())));
            if (erasedBody && !alsoAnothers) {
                newBody = others.stream()
                        .filter(o -> language.equals(o.answerLanguage()) && o.answer() != null)
                        .map(o -> FirstTranslations.body(o.answer()))
                        .filter(a -> !a.isBlank())
                        .findFirst()
                        .orElse("");
            }
            after.put(language, new TranslationText(newTitle, newBody, t.outdated()));
        });
        if (!after.equals(before)) {
            drafts.saveTranslations(draftId, after);
        }
    }

    void forgetCached(UUID ticketId) {
        featureCache.remove(ticketId);
    }
}
