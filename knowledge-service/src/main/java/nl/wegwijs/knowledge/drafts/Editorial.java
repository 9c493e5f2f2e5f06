package nl.wegwijs.knowledge.drafts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.knowledge.articles.Articles;
import nl.wegwijs.knowledge.articles.Notice;
import nl.wegwijs.knowledge.articles.PublicationCheck;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.knowledge.events.KnowledgeEvents;
import nl.wegwijs.knowledge.grouping.FeatureExtractor;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editorial workflow on drafts: edit, review, publish, reject, reopen, merge and split. */
@Service
class Editorial {

    private final Drafts drafts;
    private final Articles articles;
    private final KnowledgeEvents events;
    private final Clock clock;
    private final FeatureExtractor features;
    private final PublicationCheck check;

    Editorial(
            Drafts drafts,
            Articles articles,
            KnowledgeEvents events,
            Clock clock,
            FeatureExtractor features,
            PublicationCheck check) {
        this.drafts = drafts;
        this.articles = articles;
        this.events = events;
        this.clock = clock;
        this.features = features;
        this.check = check;
    }

    @Transactional
    void updateTranslations(UUID id, Map<String, TranslationText> incoming) {
        Drafts.DraftRow draft = lock(id);
        requireEditable(draft);
        Map<String, TranslationText> merged =
                TranslationText.merge(drafts.translations(id), incoming, draft.language());
        drafts.saveTranslations(id, merged);
        drafts.setStatus(id, draft.status(), OffsetDateTime.now(clock));
    }

    @Transactional
    void move(UUID id, DraftStatus next) {
        Drafts.DraftRow draft = lock(id);
        draft.status().requireCanMoveTo(next);
        drafts.setStatus(id, next, OffsetDateTime.now(clock));
    }

    /**
     * A published draft: its article, the translations published marked outdated, what to know, and the
     * personal data the published text seems to hold (pointed out, not refused).
     */
    record Publication(
            UUID articleId,
            List<String> outdatedLanguages,
            List<Notice> warnings,
            List<PublicationCheck.Warning> personalDataWarnings) {}

    /**
     * Publishes the draft as an article. The source language needs a title and a body; a translation with
     * a body needs a title (400 otherwise, naming each field); a translation without a body yet (such as
     * the one holding the asker's question as a title) is left out and named in the warnings, as is every
     * translation published while marked outdated and every title or body that seems to hold personal data
     * that is pointed out rather than refused (a name, an e-mail address, ...).
     */
    @Transactional
    Publication publish(UUID id, String by) {
        Drafts.DraftRow draft = lock(id);
        draft.status().requireCanMoveTo(DraftStatus.PUBLISHED);
        Map<String, TranslationText> translations = drafts.translations(id);
        TranslationText source = translations.get(draft.language());
        if (source == null || source.body().isBlank()) {
            throw new InvalidRequestException(
                    "translations." + draft.language(),
                    "the source language needs a title and a body before publishing");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Notice> warnings = new ArrayList<>();
        Map<String, TranslationText> published = new LinkedHashMap<>();
        translations.forEach((language, t) -> {
            if (t.body().isBlank()) {
                warnings.add(new Notice(
                        "translations." + language,
                        "not published: it has no body yet" + (t.title().isBlank() ? "" : " (only a title)")));
                return;
            }
            if (t.title().isBlank() || Titles.REMOVED.equals(t.title())) {
                problems.add(new FieldProblem(
                        "translations." + language + ".title",
                        t.title().isBlank()
                                ? "write a title in this language before publishing"
                                        + (language.equals(draft.language()) ? otherTitles(translations, language) : "")
                                : "the title was removed at the asker's request; write a new one before publishing"));
                return;
            }
            published.put(language, t);
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID articleId = articles.publish(
                id,
                draft.language(),
                draft.topic(),
                published,
                drafts.questionLanguages(id),
                draft.questionCount(),
                draft.firstAskedAt(),
                by);
        drafts.setArticle(id, articleId);
        drafts.setStatus(id, DraftStatus.PUBLISHED, OffsetDateTime.now(clock));
        warnings.addAll(Notice.outdated(published, draft.language()));
        warnings.addAll(check.notices(published));
        return new Publication(
                articleId, Notice.outdatedLanguages(published), List.copyOf(warnings), check.warnings(published));
    }

    /** Where the question's own title is, when the source language's is still to be written. */
    private static String otherTitles(Map<String, TranslationText> translations, String source) {
        List<String> with = translations.entrySet().stream()
                .filter(e -> !e.getKey().equals(source) && !e.getValue().title().isBlank())
                .map(Map.Entry::getKey)
                .toList();
        return with.isEmpty()
                ? ""
                : "; the question's own wording is the title of the " + String.join(", ", with) + " translation";
    }

    /** Moves the other draft's questions into this one; the other is closed as merged. */
    @Transactional
    void merge(UUID id, UUID otherId) {
        if (id.equals(otherId)) {
            throw new InvalidRequestException("draftId", "must be another draft");
        }
        // lock in a fixed order so two opposite merges cannot deadlock
        Drafts.DraftRow first = lock(id.compareTo(otherId) < 0 ? id : otherId);
        Drafts.DraftRow second = lock(id.compareTo(otherId) < 0 ? otherId : id);
        Drafts.DraftRow target = first.id().equals(id) ? first : second;
        Drafts.DraftRow other = first.id().equals(id) ? second : first;
        requireEditable(target);
        requireEditable(other);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, TranslationText> translations = new LinkedHashMap<>(drafts.translations(id));
        drafts.translations(otherId).forEach(translations::putIfAbsent);
        drafts.saveTranslations(id, translations);
        drafts.moveQuestions(otherId, id);
        drafts.markMerged(otherId, id, now);
        drafts.recount(id, now);
    }

    /** Moves wrongly grouped questions out into a new draft; returns its id. */
    @Transactional
    UUID split(UUID id, List<UUID> ticketIds) {
        Drafts.DraftRow draft = lock(id);
        requireEditable(draft);
        List<Drafts.QuestionRow> questions = drafts.questions(id);
        Set<UUID> inDraft =
                questions.stream().map(Drafts.QuestionRow::ticketId).collect(java.util.stream.Collectors.toSet());
        for (UUID ticketId : ticketIds) {
            if (!inDraft.contains(ticketId)) {
                throw new InvalidRequestException(
                        "ticketIds", "ticket " + ticketId + " is not a question of this draft");
            }
        }
        if (ticketIds.size() >= questions.size()) {
            throw new InvalidRequestException("ticketIds", "must leave at least one question in the draft");
        }
        Drafts.QuestionRow first = questions.stream()
                .filter(q -> q.ticketId().equals(ticketIds.getFirst()))
                .findFirst()
                .orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID newId = UUID.randomUUID();
        FirstTranslations made = FirstTranslations.of(
                first.text(),
                first.language(),
                first.answer(),
                first.answerLanguage(),
                Titles.Reader.of(features, first.language()));
        String language = made.language();
        String title = made.title();
        OffsetDateTime asked = first.askedAt() == null ? now : first.askedAt();
        drafts.insert(
                new Drafts.DraftRow(newId, DraftStatus.OPEN, language, first.topic(), null, null, 0, asked, now, now));
        drafts.saveTranslations(newId, made.translations());
        for (UUID ticketId : ticketIds) {
            drafts.moveQuestion(ticketId, newId, "{\"decision\":\"split out by an editor\"}");
        }
        drafts.recount(newId, now);
        drafts.recount(id, now);
        events.draftCreated(
                new KnowledgeEvents.DraftCreated(newId, first.ticketId(), language, first.topic(), title, now));
        return newId;
    }

    private Drafts.DraftRow lock(UUID id) {
        Drafts.DraftRow draft = drafts.lock(id).orElseThrow(() -> new NotFoundException("Draft", id));
        if (draft.mergedInto() != null) {
            throw new ConflictException("Draft " + id + " was merged into " + draft.mergedInto() + "; allowed: none");
        }
        return draft;
    }

    private static void requireEditable(Drafts.DraftRow draft) {
        if (!draft.status().editable()) {
            throw new ConflictException("Draft " + draft.id() + " is " + draft.status()
                    + "; only OPEN or IN_REVIEW drafts can be changed; allowed transitions: "
                    + (draft.status().allowedNext().isEmpty()
                            ? "none"
                            : draft.status().allowedNext()));
        }
    }
}
