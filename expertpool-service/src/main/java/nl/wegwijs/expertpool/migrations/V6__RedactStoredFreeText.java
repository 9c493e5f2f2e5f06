package nl.wegwijs.expertpool.migrations;

import java.sql.Connection;
import java.util.List;
import nl.wegwijs.expertpool.privacy.FreeText;
import nl.wegwijs.expertpool.privacy.StoredTexts;
import nl.wegwijs.platform.privacy.Redactor;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Free text saved before it was redacted when saved: the contact data in it goes now, as {@link FreeText#toStore}
 * takes it out of what is saved from here on (session titles and minutes; agenda point texts, references and
 * answer summaries; the notes, references and answers of their steps; support quotes). Names stay, as they do in
 * text saved now. Session locations are left as typed. Names of experts erased before this version cannot be taken
 * out: the service no longer knows them.
 */
@Component
public class V6__RedactStoredFreeText extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V6__RedactStoredFreeText.class);

    @Override
    public void migrate(Context context) {
        migrate(context.getConnection());
    }

    /** The migration's work on a connection whose transaction the caller owns; returns the rows it changed. */
    public static int migrate(Connection connection) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        FreeText freeText = new FreeText(new Redactor());
        int changed = StoredTexts.rewrite(
                        jdbc, "thematic_session", List.of("id"), List.of("title", "minutes"), freeText::toStore)
                + StoredTexts.rewrite(
                        jdbc,
                        "agenda_point",
                        List.of("id"),
                        List.of("text", "reference", "answer_summary"),
                        freeText::toStore)
                + StoredTexts.rewrite(
                        jdbc,
                        "agenda_history",
                        List.of("id"),
                        List.of("note", "reference", "answer_summary"),
                        freeText::toStore)
                + StoredTexts.rewrite(
                        jdbc,
                        "agenda_support",
                        List.of("agenda_point_id", "expert_id"),
                        List.of("quote"),
                        freeText::toStore);
        log.info("Redacted contact data from the free text of {} stored row(s)", changed);
        return changed;
    }
}
