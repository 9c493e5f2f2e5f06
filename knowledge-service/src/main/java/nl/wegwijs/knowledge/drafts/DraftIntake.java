package nl.wegwijs.knowledge.drafts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.knowledge.events.KnowledgeEvents;
import nl.wegwijs.knowledge.grouping.FeatureExtractor;
import nl.wegwijs.knowledge.grouping.Grouper;
import nl.wegwijs.knowledge.grouping.GroupingScore;
import nl.wegwijs.knowledge.grouping.QuestionFeatures;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.platform.privacy.Redactor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns answered questions into drafts: redacts them again, groups each with the draft or published
 * article that answers the same question (recording why), or starts a new draft whose body is the
 * staff answer and whose title comes from the question.
 */
@Service
class DraftIntake {

    /** Why a question is where it is, as stored and shown to editors. */
    record Reasons(String decision, UUID matchedTicketId, GroupingScore score, double threshold) {}

    private final Drafts drafts;
    private final ErasedTickets erasedTickets;
    private final FeatureExtractor features;
    private final Grouper grouper;
    private final PersonalData personalData;
    private final TextAnalysis analysis;
    private final KnowledgeEvents events;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, QuestionFeatures> featureCache = new ConcurrentHashMap<>();

    DraftIntake(
            Drafts drafts,
            ErasedTickets erasedTickets,
            FeatureExtractor features,
            Grouper grouper,
            Redactor redactor,
            TextAnalysis analysis,
            KnowledgeEvents events,
            JsonMapper json,
            Clock clock) {
        this.drafts = drafts;
        this.erasedTickets = erasedTickets;
        this.features = features;
        this.grouper = grouper;
        this.personalData = new PersonalData(redactor);
        this.analysis = analysis;
        this.events = events;
        this.json = json;
        this.clock = clock;
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
        List<String> names = PersonalData.introducedNames(answered.question());
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
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        for (Drafts.Candidate c : drafts.candidates()) {
            QuestionFeatures cf = featureCache.computeIfAbsent(
                    c.ticketId(), id -> json.readValue(c.features(), QuestionFeatures.class));
            groups.computeIfAbsent(c.draftId(), d -> new ArrayList<>()).add(cf);
            members.computeIfAbsent(c.draftId(), d -> new ArrayList<>()).add(c.ticketId());
        }
        var match = grouper.bestGroup(f, groups);
        OffsetDateTime askedAt = answered.askedAt() == null ? now : answered.askedAt();
        String featureJson = json.writeValueAsString(f);
        if (match.isPresent()) {
            UUID draftId = match.get().group();
            UUID matched = members.get(draftId).get(match.get().memberIndex());
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
                            "joined", matched, why, grouper.scorer().settings().threshold())),
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
            String title = Titles.fromQuestion(question);
            String language = answer.isEmpty() ? questionLanguage : answerLanguage;
            drafts.insert(
                    new Drafts.DraftRow(draftId, DraftStatus.OPEN, language, topic, null, null, 1, askedAt, now, now));
            drafts.saveTranslations(draftId, Map.of(language, new TranslationText(title, answer, false)));
            GroupingScore best = match.map(Grouper.Match::why).orElse(GroupingScore.NONE);
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
                            "new draft", null, best, grouper.scorer().settings().threshold())),
                    false,
                    now));
            events.draftCreated(
                    new KnowledgeEvents.DraftCreated(draftId, answered.ticketId(), language, topic, title, now));
        }
        featureCache.put(answered.ticketId(), f);
    }

    /**
     * A person asked to be forgotten: their question's text (and what was derived from it) goes, and the
     * ticket is remembered as erased, stored yet or not, so a later {@code TicketAnswered} cannot bring it back.
     */
    @Transactional
    void erase(UUID ticketId, OffsetDateTime erasedAt) {
        erasedTickets.lock(ticketId);
        erasedTickets.remember(ticketId, erasedAt == null ? OffsetDateTime.now(clock) : erasedAt);
        featureCache.remove(ticketId);
        drafts.question(ticketId).ifPresent(q -> {
            drafts.erase(ticketId);
            Drafts.DraftRow draft = drafts.lock(q.draftId()).orElseThrow();
            if (q.text() != null && draft.status().editable()) {
                String erasedTitle = Titles.fromQuestion(q.text());
                Map<String, TranslationText> translations = new LinkedHashMap<>(drafts.translations(draft.id()));
                String replacement = drafts.questions(draft.id()).stream()
                        .filter(other -> other.text() != null)
                        .map(other -> Titles.fromQuestion(other.text()))
                        .findFirst()
                        .orElse(Titles.REMOVED);
                translations.replaceAll((lang, t) ->
                        t.title().equals(erasedTitle) ? new TranslationText(replacement, t.body(), t.outdated()) : t);
                drafts.saveTranslations(draft.id(), translations);
            }
        });
    }

    void forgetCached(UUID ticketId) {
        featureCache.remove(ticketId);
    }
}
