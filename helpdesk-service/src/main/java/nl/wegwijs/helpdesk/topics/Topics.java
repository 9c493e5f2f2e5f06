package nl.wegwijs.helpdesk.topics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The topic taxonomy; other features ask it whether a code exists and which topic a text suggests. */
@Component
public class Topics {

    private final JdbcClient jdbc;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String code) {
        return code != null
                && jdbc.sql("select count(*) from topic where code = :code")
                                .param("code", code)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    List<Topic> all() {
        return jdbc.sql("select * from topic order by code").query(Topics::map).list();
    }

    Optional<Topic> find(String code) {
        return jdbc.sql("select * from topic where code = :code")
                .param("code", code)
                .query(Topics::map)
                .optional();
    }

    void insert(Topic topic) {
        jdbc.sql("""
                        insert into topic (code, name_nl, name_en, name_uk, name_ru, keywords, active, updated_at)
                        values (:code, :nl, :en, :uk, :ru, :keywords, :active, :at)
                        """).params(params(topic)).update();
    }

    void update(Topic topic) {
        jdbc.sql("""
                        update topic set name_nl = :nl, name_en = :en, name_uk = :uk, name_ru = :ru,
                            keywords = :keywords, active = :active, updated_at = :at where code = :code
                        """).params(params(topic)).update();
    }

    /**
     * The active topic whose keywords the text has most evidence for (see {@link KeywordMatch}: short keywords match
     * whole words, stems the start of a word, long ones anywhere; with {@code latinUkrainianOrRussian}, a question
     * typed in Latin letters also meets the Cyrillic keywords), or empty when none occurs. On a tie the first topic by
     * code. Cheap enough per request.
     */
    public Optional<String> suggest(String text, boolean latinUkrainianOrRussian) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        KeywordMatch.Question question = KeywordMatch.Question.of(text, latinUkrainianOrRussian);
        String best = null;
        int bestScore = 0;
        for (Topic topic : all()) {
            if (!topic.active()) {
                continue;
            }
            int score = KeywordMatch.score(topic.keywords(), question);
            if (score > bestScore) {
                bestScore = score;
                best = topic.code();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, Object> params(Topic topic) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", topic.code());
        p.put("nl", topic.names().get("nl"));
        p.put("en", topic.names().get("en"));
        p.put("uk", topic.names().get("uk"));
        p.put("ru", topic.names().get("ru"));
        p.put("keywords", String.join(",", topic.keywords()));
        p.put("active", topic.active());
        p.put("at", topic.updatedAt());
        return p;
    }

    private static Topic map(ResultSet rs, int row) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("nl", rs.getString("name_nl"));
        names.put("en", rs.getString("name_en"));
        names.put("uk", rs.getString("name_uk"));
        names.put("ru", rs.getString("name_ru"));
        String keywords = rs.getString("keywords");
        return new Topic(
                rs.getString("code"),
                names,
                keywords.isBlank()
                        ? List.of()
                        : Arrays.stream(keywords.split(",")).map(String::trim).toList(),
                rs.getBoolean("active"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
