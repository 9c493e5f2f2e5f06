package nl.wegwijs.matching.migrations;

import java.sql.Connection;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.platform.web.IsoLanguages;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Language codes stored before requests were checked against ISO 639-1 ({@code @IsoLanguage}), in vacancies
 * ({@code languages[i].code}, {@code languages[i].anyOf[j]}, {@code preferredLanguages[i].code}) and candidates
 * ({@code languages[i].code}).
 *
 * <p>A code whose meaning is clear becomes that code: case and spaces ({@code "EN"}, {@code " nl "}), a region
 * ({@code "en-GB"}), an ISO 639-2/3 code ({@code "nld"}, {@code "ukr"}), a language's name in English, Dutch or
 * itself, with or without accents ({@code "Dutch"}, {@code "Nederlands"}, {@code "Oekraiens"}, {@code "русский"}).
 * Anything else ({@code "xx"}) is left as it was written, never guessed: a vacancy gets a warning naming the field,
 * shown with it to its employer and to coaches until the employer replaces the vacancy (which the API then checks),
 * and the engine takes it for a language nobody speaks. Nothing else changes: a code is replaced in place, the
 * document's other fields, version (ETag) and times stay as they were.
 */
@Component
public class V7__NormaliseLanguageCodes extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V7__NormaliseLanguageCodes.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Built on first use, when there is a code to normalise, not whenever the service starts. */
    private static final class Spellings {
        static final Map<String, String> KNOWN = known();
    }

    /** One code in a document: where it is (as the API names fields, and as a jsonb path) and what it says. */
    private record Code(String field, String path, String raw) {}

    /** A code in the document of a row. */
    private record Found(UUID id, Code code) {}

    @Override
    public void migrate(Context context) {
        migrate(context.getConnection());
    }

    /** The migration's work on a connection whose transaction the caller owns. */
    static void migrate(Connection connection) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        int normalised = 0;
        int marked = 0;
        for (Found found : notIso(jdbc, "vacancy", List.of("languages", "preferredLanguages"))) {
            Optional<String> iso = normalise(found.code().raw());
            if (iso.isPresent()) {
                replace(jdbc, "vacancy", found, iso.get());
                normalised++;
            } else {
                jdbc.sql("""
                                update vacancy set warnings = warnings || jsonb_build_array(
                                    jsonb_build_object('field', cast(:field as text), 'message', cast(:message as text)))
                                where id = :id
                                """)
                        .param("id", found.id())
                        .param("field", found.code().field())
                        .param("message", warning(found.code().raw()))
                        .update();
                marked++;
            }
        }
        for (Found found : notIso(jdbc, "candidate", List.of("languages"))) {
            Optional<String> iso = normalise(found.code().raw());
            if (iso.isPresent()) {
                replace(jdbc, "candidate", found, iso.get());
                normalised++;
            }
        }
        // counts only: the codes themselves sit in profiles
        log.info(
                "Language codes: {} normalised to ISO 639-1, {} in vacancies marked with a warning",
                normalised,
                marked);
    }

    /** The warning a vacancy gets for a code that names no language. */
    static String warning(String raw) {
        return "is \"" + raw + "\", not an ISO 639-1 language code such as uk, ru, nl or en (stored before codes were "
                + "checked): no candidate meets it until the vacancy is corrected";
    }

    /**
     * The ISO 639-1 code a stored code means, when that is clear; empty when it is none (or already is one, which
     * needs no change).
     */
    static Optional<String> normalise(String raw) {
        if (raw == null || IsoLanguages.isCode(raw)) {
            return Optional.empty();
        }
        String key = plain(raw);
        String code = Spellings.KNOWN.get(key);
        int subtag = key.replaceAll("_", "-").indexOf('-');
        if (code == null && subtag > 0) { // a region or a script: en-GB, nl_BE, sr-Latn
            code = Spellings.KNOWN.get(key.substring(0, subtag));
        }
        return Optional.ofNullable(code);
    }

    /** The codes in these lists of a table's documents that are no ISO 639-1 code. */
    private static List<Found> notIso(JdbcClient jdbc, String table, List<String> lists) {
        List<Found> found = new ArrayList<>();
        jdbc.sql("select id, document::text as document from " + table + " order by id")
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    JsonNode document = JSON.readTree(rs.getString("document"));
                    List<Code> codes = new ArrayList<>();
                    lists.forEach(list -> collect(document, list, codes));
                    codes.stream()
                            .filter(code -> !IsoLanguages.isCode(code.raw()))
                            .forEach(code -> found.add(new Found(id, code)));
                });
        return found;
    }

    /** The codes of a list of languages: each one's {@code code}, and the {@code anyOf} of a requirement. */
    private static void collect(JsonNode document, String list, List<Code> into) {
        JsonNode languages = document.get(list);
        if (languages == null || !languages.isArray()) {
            return;
        }
        for (int i = 0; i < languages.size(); i++) {
            JsonNode language = languages.get(i);
            JsonNode code = language.get("code");
            if (code != null && code.isString()) {
                into.add(new Code(list + "[" + i + "].code", "{" + list + "," + i + ",code}", code.asString()));
            }
            JsonNode several = language.get("anyOf");
            if (several != null && several.isArray()) {
                for (int j = 0; j < several.size(); j++) {
                    if (several.get(j).isString()) {
                        into.add(new Code(
                                list + "[" + i + "].anyOf[" + j + "]",
                                "{" + list + "," + i + ",anyOf," + j + "}",
                                several.get(j).asString()));
                    }
                }
            }
        }
    }

    private static void replace(JdbcClient jdbc, String table, Found found, String iso) {
        jdbc.sql("update " + table
                        + " set document = jsonb_set(document, cast(:path as text[]), to_jsonb(cast(:code as text)))"
                        + " where id = :id")
                .param("id", found.id())
                .param("path", found.code().path())
                .param("code", iso)
                .update();
    }

    /**
     * Every ISO 639-1 code under what it may have been written as, from the JDK's own data: the code, its ISO 639-2/T
     * code, and its name in English, in Dutch and in itself. The first meaning of a spelling wins.
     */
    private static Map<String, String> known() {
        List<String> codes = new ArrayList<>();
        for (String code : Locale.getISOLanguages()) {
            if (IsoLanguages.isCode(code)) {
                codes.add(code);
            }
        }
        Map<String, String> known = new LinkedHashMap<>();
        codes.forEach(code -> known.putIfAbsent(code, code));
        for (String code : codes) {
            try {
                known.putIfAbsent(Locale.of(code).getISO3Language(), code);
            } catch (MissingResourceException e) {
                // a code without a three-letter one: its other spellings still count
            }
        }
        for (Locale in : List.of(Locale.ENGLISH, Locale.of("nl"))) {
            codes.forEach(code -> name(known, Locale.of(code).getDisplayLanguage(in), code));
        }
        codes.forEach(code -> name(known, Locale.of(code).getDisplayLanguage(Locale.of(code)), code));
        return Map.copyOf(known);
    }

    private static void name(Map<String, String> known, String name, String code) {
        if (!name.isBlank()) {
            known.putIfAbsent(plain(name), code);
        }
    }

    /** Lower case, trimmed, without accents: "Oekraïens" and "oekraiens" are one spelling. */
    private static String plain(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
