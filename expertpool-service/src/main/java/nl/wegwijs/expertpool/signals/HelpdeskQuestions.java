package nl.wegwijs.expertpool.signals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The questions the helpdesk was asked, one row per ticket (table {@code helpdesk_question}), each under
 * the theme its ticket has by now. Events of one ticket may come in any order (a dead-letter replay, or
 * the knowledge base's event before the helpdesk's): the opening says when and in which language the
 * question was asked unless that is known already; every later event's topic and language replace the
 * stored ones, and a topic once known is never lost to an event without one (only a topic correction says the
 * topic outright). Which published article answered a question is kept, so that its retirement (table
 * {@code retired_article}) makes the question one answered without an article again.
 */
@Repository
class HelpdeskQuestions {

    static final String UNCLASSIFIED = AnalyticsFacts.UNCLASSIFIED;
    static final String UNKNOWN_LANGUAGE = AnalyticsFacts.UNKNOWN_LANGUAGE;

    private final JdbcClient jdbc;

    HelpdeskQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A question arrived (TicketOpened). */
    void opened(UUID ticketId, LocalDate askedOn, String language, String theme) {
        jdbc.sql("""
                        insert into helpdesk_question (ticket_id, asked_on, language, theme)
                        values (:ticket, :askedOn, :language, :theme)
                        on conflict (ticket_id) do update set
                            asked_on = coalesce(helpdesk_question.asked_on, excluded.asked_on),
                            language = coalesce(helpdesk_question.language, excluded.language),
                            theme = coalesce(helpdesk_question.theme, excluded.theme)
                        """)
                .param("ticket", ticketId)
                .param("askedOn", askedOn)
                .param("language", language)
                .param("theme", theme)
                .update();
    }

    /**
     * A later event of the ticket (answered, closed, reopened): its topic is the question's theme from now
     * on, when it has one. {@code answeredOn} is null unless the event is an answer.
     */
    void changed(UUID ticketId, LocalDate askedOn, String language, String theme, LocalDate answeredOn) {
        jdbc.sql("""
                        insert into helpdesk_question (ticket_id, asked_on, language, theme, answered_on)
                        values (:ticket, :askedOn, :language, :theme, :answeredOn)
                        on conflict (ticket_id) do update set
                            asked_on = coalesce(helpdesk_question.asked_on, excluded.asked_on),
                            language = coalesce(excluded.language, helpdesk_question.language),
                            theme = coalesce(excluded.theme, helpdesk_question.theme),
                            answered_on = coalesce(helpdesk_question.answered_on, excluded.answered_on)
                        """)
                .param("ticket", ticketId)
                .param("askedOn", askedOn)
                .param("language", language)
                .param("theme", theme)
                .param("answeredOn", answeredOn)
                .update();
    }

    /**
     * Staff corrected the ticket's topic (TicketTopicChanged): the question counts under the new theme from now
     * on, with everything already counted of it (asked, answered, taken into the knowledge base); null when the
     * topic was taken away (unclassified again). A ticket not seen yet gets the theme for when its opening comes
     * (a correction is newer than the opening); until then it is counted nowhere.
     */
    void topicCorrected(UUID ticketId, String theme) {
        jdbc.sql("""
                        insert into helpdesk_question (ticket_id, theme) values (:ticket, :theme)
                        on conflict (ticket_id) do update set theme = excluded.theme
                        """).param("ticket", ticketId).param("theme", theme).update();
    }

    /**
     * The knowledge base took the answered question in: {@code articleId} when it joined the group of that
     * published article, null when it started or joined a draft. The latest decision counts (an editor's
     * split moves questions out of a group).
     */
    void takenIntoKnowledge(UUID ticketId, UUID articleId) {
        jdbc.sql("""
                        insert into helpdesk_question (ticket_id, article_found, article_id)
                        values (:ticket, :found, :article)
                        on conflict (ticket_id) do update set
                            article_found = excluded.article_found, article_id = excluded.article_id
                        """)
                .param("ticket", ticketId)
                .param("found", articleId != null)
                .param("article", articleId)
                .update();
    }

    /**
     * The knowledge base retired an article (ArticleRetired): the questions of its group count as answered
     * without an article from now on, also those whose grouping arrives later.
     */
    void articleRetired(UUID articleId, OffsetDateTime retiredAt) {
        jdbc.sql("""
                        insert into retired_article (article_id, retired_at) values (:article, :at)
                        on conflict (article_id) do nothing
                        """).param("article", articleId).param("at", retiredAt).update();
    }

    /**
     * Questions asked between two days (from inclusive, to exclusive) per theme ({@value #UNCLASSIFIED}
     * when the ticket has no topic yet) and language ({@value #UNKNOWN_LANGUAGE} when none was given).
     */
    List<Row> askedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select coalesce(theme, :unclassified) as theme, coalesce(language, :unknown) as language,
                            count(*) as questions,
                            count(answered_on) as answered,
                            count(*) filter (where article_found and r.article_id is null) as with_article,
                            count(*) filter (where not article_found or r.article_id is not null) as without_article
                        from helpdesk_question q
                        left join retired_article r on r.article_id = q.article_id
                        where asked_on >= :from and asked_on < :to
                        group by 1, 2
                        """)
                .param("unclassified", UNCLASSIFIED)
                .param("unknown", UNKNOWN_LANGUAGE)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Row(
                        rs.getString("theme"),
                        rs.getString("language"),
                        rs.getLong("questions"),
                        rs.getLong("answered"),
                        rs.getLong("with_article"),
                        rs.getLong("without_article")))
                .list();
    }

    /**
     * Questions of one theme and language: how many were asked, answered, and of the answered ones taken in
     * by the knowledge base how many joined the group of an article that is still published and how many found
     * none (or joined the group of an article retired since).
     */
    record Row(
            String theme,
            String language,
            long questions,
            long answered,
            long answeredWithArticle,
            long answeredWithoutArticle) {}
}
