package nl.wegwijs.expertpool;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lists of short strings (languages, themes, ids) as jsonb columns. */
@Component
public class JsonLists {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JsonMapper json;

    public JsonLists(JsonMapper json) {
        this.json = json;
    }

    public String write(List<?> values) {
        return json.writeValueAsString(values == null ? List.of() : values);
    }

    public List<String> read(String column) {
        return column == null ? List.of() : json.readValue(column, STRINGS);
    }
}
