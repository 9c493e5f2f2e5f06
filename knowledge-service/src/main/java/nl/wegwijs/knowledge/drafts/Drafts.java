package nl.wegwijs.knowledge.drafts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.knowledge.articles.TranslationText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts, their translations and their questions, in PostgreSQL. */
@Repository
class Drafts {

    record DraftRow(
            UUID id,
            DraftStatus status,
            String language,
            String topic,
            UUID articleId,
            UUID mergedInto,
            int questionCount,
            OffsetDateTime firstAskedAt,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    record QuestionRow(
            UUID ticketId,
            UUID draftId,
            String language,
            String text,
            String answer,
            String answerLanguage,
            String topic,
            OffsetDateTime askedAt,
            OffsetDateTime answeredAt,
            String features,
            Double score,
            String reasons,
            boolean erased,
            OffsetDateTime groupedAt) {}

    /** A question a new one may join, with what its features are derived from. */
    record Candidate(
            UUID ticketId,
            UUID draftId,
            String features,
            String text,
            String language,
            String answer,
            String answerLanguage,
            String topic) {}

    /** A title of a draft or article a new question may join; {@code bodyHash} tells when its body changed. */
    record TitleCandidate(UUID draftId, String topic, String language, String title, String bodyHash) {}

    private static final String DRAFT_COLUMNS =
            "id, status, language, topic, article_id, merged_into, question_count, first_asked_at, created_at, updated_at";

    private final JdbcClient jdbc;

    Drafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DraftRow> find(UUID id) {
        return jdbc.sql("select " + DRAFT_COLUMNS + " from draft where id = :id")
                .param("id", id)
                .query(Drafts::draft)
                .optional();
    }

    Optional<DraftRow> lock(UUID id) {
        return jdbc.sql("select " + DRAFT_COLUMNS + " from draft where id = :id for update")
                .param("id", id)
                .query(Drafts::draft)
                .optional();
    }

    List<DraftRow> list(DraftStatus status, long offset, int limit) {
        return jdbc.sql(
                        "select " + DRAFT_COLUMNS
                                + " from draft where (cast(:status as varchar) is null or status = :status)"
                                + " and merged_into is null order by question_count desc, updated_at desc, id offset :offset limit :limit")
                .param("status", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(Drafts::draft)
                .list();
    }

    long count(DraftStatus status) {
        return jdbc.sql("select count(*) from draft where (cast(:status as varchar) is null or status = :status)"
                        + " and merged_into is null")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /**
     * Open and in-review drafts with at least {@code min} questions: the knowledge base's gaps, most asked
     * first, then asked longest ago, then by id (a stable order to page through).
     */
    List<DraftRow> gaps(int min, long offset, int limit) {
        return jdbc.sql("select " + DRAFT_COLUMNS + " from draft where status in ('OPEN', 'IN_REVIEW')"
                        + " and question_count >= :min order by question_count desc, first_asked_at, id"
                        + " offset :offset limit :limit")
                .param("min", min)
                .param("offset", offset)
                .param("limit", limit)
                .query(Drafts::draft)
                .list();
    }

    long countGaps(int min) {
        return jdbc.sql("select count(*) from draft where status in ('OPEN', 'IN_REVIEW') and question_count >= :min")
                .param("min", min)
                .query(Long.class)
                .single();
    }

    void insert(DraftRow d) {
        jdbc.sql("insert into draft (" + DRAFT_COLUMNS + ") values (:id, :status, :language, :topic, :articleId,"
                        + " :mergedInto, :questionCount, :firstAskedAt, :createdAt, :updatedAt)")
                .param("id", d.id())
                .param("status", d.status().name())
                .param("language", d.language())
                .param("topic", d.topic())
                .param("articleId", d.articleId())
                .param("mergedInto", d.mergedInto())
                .param("questionCount", d.questionCount())
                .param("firstAskedAt", d.firstAskedAt())
                .param("createdAt", d.createdAt())
                .param("updatedAt", d.updatedAt())
                .update();
    }

    void setStatus(UUID id, DraftStatus status, OffsetDateTime at) {
        jdbc.sql("update draft set status = :status, updated_at = :at where id = :id")
                .param("status", status.name())
                .param("at", at)
                .param("id", id)
                .update();
    }

    void setArticle(UUID id, UUID articleId) {
        jdbc.sql("update draft set article_id = :articleId where id = :id")
                .param("articleId", articleId)
                .param("id", id)
                .update();
    }

    void markMerged(UUID id, UUID into, OffsetDateTime at) {
        jdbc.sql("update draft set status = 'REJECTED', merged_into = :into, question_count = 0, updated_at = :at"
                        + " where id = :id")
                .param("into", into)
                .param("at", at)
                .param("id", id)
                .update();
    }

    /** Recounts the questions and the first time one was asked; returns the new count. */
    int recount(UUID id, OffsetDateTime at) {
        jdbc.sql("""
                        update draft set question_count = (select count(*) from draft_question where draft_id = :id),
                          first_asked_at = coalesce((select min(coalesce(asked_at, grouped_at)) from draft_question
                                                     where draft_id = :id), first_asked_at),
                          updated_at = :at
                        where id = :id
                        """).param("id", id).param("at", at).update();
        return jdbc.sql("select question_count from draft where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    Map<String, TranslationText> translations(UUID draftId) {
        Map<String, TranslationText> out = new LinkedHashMap<>();
        jdbc.sql("select language, title, body, outdated from draft_translation where draft_id = :id order by language")
                .param("id", draftId)
                .query((rs, n) -> Map.entry(
                        rs.getString("language"),
                        new TranslationText(rs.getString("title"), rs.getString("body"), rs.getBoolean("outdated"))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    void saveTranslations(UUID draftId, Map<String, TranslationText> translations) {
        jdbc.sql("delete from draft_translation where draft_id = :id")
                .param("id", draftId)
                .update();
        translations.forEach((language, t) -> jdbc.sql("""
                        insert into draft_translation (draft_id, language, title, body, outdated)
                        values (:id, :language, :title, :body, :outdated)
                        """)
                .param("id", draftId)
                .param("language", language)
                .param("title", t.title())
                .param("body", t.body())
                .param("outdated", t.outdated())
                .update());
    }

    boolean hasQuestion(UUID ticketId) {
        return jdbc.sql("select count(*) from draft_question where ticket_id = :id")
                        .param("id", ticketId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<QuestionRow> question(UUID ticketId) {
        return jdbc.sql("select * from draft_question where ticket_id = :id")
                .param("id", ticketId)
                .query(Drafts::question)
                .optional();
    }

    List<QuestionRow> questions(UUID draftId) {
        return jdbc.sql("select * from draft_question where draft_id = :id order by grouped_at, ticket_id")
                .param("id", draftId)
                .query(Drafts::question)
                .list();
    }

    List<String> questionLanguages(UUID draftId) {
        return jdbc.sql("select distinct language from draft_question where draft_id = :id order by language")
                .param("id", draftId)
                .query(String.class)
                .list();
    }

    void insertQuestion(QuestionRow q) {
        jdbc.sql("""
                        insert into draft_question (ticket_id, draft_id, language, text, answer, answer_language, topic,
                          asked_at, answered_at, features, score, reasons, erased, grouped_at)
                        values (:ticketId, :draftId, :language, :text, :answer, :answerLanguage, :topic, :askedAt,
                          :answeredAt, :features, :score, :reasons, false, :groupedAt)
                        """)
                .param("ticketId", q.ticketId())
                .param("draftId", q.draftId())
                .param("language", q.language())
                .param("text", q.text())
                .param("answer", q.answer())
                .param("answerLanguage", q.answerLanguage())
                .param("topic", q.topic())
                .param("askedAt", q.askedAt())
                .param("answeredAt", q.answeredAt())
                .param("features", q.features())
                .param("score", q.score())
                .param("reasons", q.reasons())
                .param("groupedAt", q.groupedAt())
                .update();
    }

    void moveQuestions(UUID from, UUID to) {
        jdbc.sql("update draft_question set draft_id = :to where draft_id = :from")
                .param("to", to)
                .param("from", from)
                .update();
    }

    void moveQuestion(UUID ticketId, UUID to, String reasons) {
        jdbc.sql("update draft_question set draft_id = :to, score = null, reasons = :reasons where ticket_id = :id")
                .param("to", to)
                .param("reasons", reasons)
                .param("id", ticketId)
                .update();
    }

    /** Removes a person's question text and everything derived from it; the count stays. */
    void erase(UUID ticketId) {
        jdbc.sql("""
                        update draft_question set text = null, answer = null, features = null, reasons = null, erased = true
                        where ticket_id = :id
                        """).param("id", ticketId).update();
    }

    /**
     * Unpublished drafts (open, in review, rejected or merged away) with a translation whose title is
     * {@code title} or whose body is {@code body}, compared as {@link TicketText#same} does: what a
     * ticket's question and answer left there, wherever a split or merge copied it. Either may be null.
     */
    List<UUID> unpublishedHolding(String title, String body) {
        return jdbc.sql("""
                        select distinct t.draft_id from draft_translation t join draft d on d.id = t.draft_id
                        where d.status <> 'PUBLISHED'
                          and ((cast(:title as text) is not null
                                and regexp_replace(t.title, :blank, '', 'g') = cast(:title as text))
                            or (cast(:body as text) is not null
                                and regexp_replace(t.body, :blank, '', 'g') = cast(:body as text)))
                        order by t.draft_id
                        """)
                .param("blank", TicketText.BLANK)
                .param("title", comparable(title))
                .param("body", comparable(body))
                .query(UUID.class)
                .list();
    }

    private static String comparable(String text) {
        String compact = text == null ? "" : TicketText.withoutBlanks(text);
        return compact.isEmpty() ? null : compact; // nothing to look for: never "every empty body"
    }

    /** Questions of drafts a new question may join: open or in review, or published with a live article. */
    List<Candidate> candidates() {
        return jdbc.sql("""
                        select q.ticket_id, q.draft_id, q.features, q.text, q.language, q.answer, q.answer_language,
                          q.topic
                        from draft_question q
                        join draft d on d.id = q.draft_id
                        left join article a on a.id = d.article_id
                        where q.features is not null
                          and (d.status in ('OPEN', 'IN_REVIEW') or (d.status = 'PUBLISHED' and a.status = 'PUBLISHED'))
                        """)
                .query((rs, n) -> new Candidate(
                        rs.getObject("ticket_id", UUID.class),
                        rs.getObject("draft_id", UUID.class),
                        rs.getString("features"),
                        rs.getString("text"),
                        rs.getString("language"),
                        rs.getString("answer"),
                        rs.getString("answer_language"),
                        rs.getString("topic")))
                .list();
    }

    /**
     * The titles a new question may match, in every language: those of live published articles (as the
     * public reads them) and those of open or in-review drafts. An article without questions (demo data,
     * or all of them erased) is found through these. Bodies only as a hash: see {@link #bodies}.
     */
    List<TitleCandidate> titleCandidates() {
        return jdbc.sql("""
                        select d.id as draft_id, d.topic, t.language, t.title, md5(t.body) as body_hash
                        from draft d
                        join article a on a.id = d.article_id
                        join article_translation t on t.article_id = a.id
                        where d.status = 'PUBLISHED' and a.status = 'PUBLISHED'
                        union all
                        select d.id as draft_id, d.topic, t.language, t.title, md5(t.body) as body_hash
                        from draft d
                        join draft_translation t on t.draft_id = d.id
                        where d.status in ('OPEN', 'IN_REVIEW') and d.merged_into is null
                        order by draft_id, language
                        """)
                .query((rs, n) -> new TitleCandidate(
                        rs.getObject("draft_id", UUID.class),
                        rs.getString("topic"),
                        rs.getString("language"),
                        rs.getString("title"),
                        rs.getString("body_hash")))
                .list();
    }

    /** The bodies by language that go with {@link #titleCandidates}: the live article's, or the draft's. */
    Map<String, String> bodies(UUID draftId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.language, t.body from draft d
                        join article a on a.id = d.article_id
                        join article_translation t on t.article_id = a.id
                        where d.id = :id and d.status = 'PUBLISHED'
                        union all
                        select t.language, t.body from draft d
                        join draft_translation t on t.draft_id = d.id
                        where d.id = :id and d.status <> 'PUBLISHED'
                        """)
                .param("id", draftId)
                .query((rs, n) -> Map.entry(rs.getString("language"), rs.getString("body")))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static DraftRow draft(ResultSet rs, int n) throws SQLException {
        return new DraftRow(
                rs.getObject("id", UUID.class),
                DraftStatus.valueOf(rs.getString("status")),
                rs.getString("language"),
                rs.getString("topic"),
                rs.getObject("article_id", UUID.class),
                rs.getObject("merged_into", UUID.class),
                rs.getInt("question_count"),
                rs.getObject("first_asked_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static QuestionRow question(ResultSet rs, int n) throws SQLException {
        double score = rs.getDouble("score");
        return new QuestionRow(
                rs.getObject("ticket_id", UUID.class),
                rs.getObject("draft_id", UUID.class),
                rs.getString("language"),
                rs.getString("text"),
                rs.getString("answer"),
                rs.getString("answer_language"),
                rs.getString("topic"),
                rs.getObject("asked_at", OffsetDateTime.class),
                rs.getObject("answered_at", OffsetDateTime.class),
                rs.getString("features"),
                rs.wasNull() ? null : score,
                rs.getString("reasons"),
                rs.getBoolean("erased"),
                rs.getObject("grouped_at", OffsetDateTime.class));
    }
}
