package nl.wegwijs.matching.vacancies;

import java.util.Map;
import java.util.TreeMap;
import nl.wegwijs.matching.apikeys.ApiKeyFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an Idempotency-Key compares: the meaning of a vacancy request, not its bytes. The request as parsed and
 * normalised (absent lists empty, default currency and sector filled in) is written as canonical JSON: object
 * keys sorted, numbers by value ({@code 14.8}, {@code 14.80} and {@code 1.48E+1} alike), no whitespace, absent
 * and null alike; then hashed (SHA-256, hex). A retry from another HTTP client, pretty or compact, in another
 * key order, with defaults written out or left out, has the same fingerprint.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(VacancyRequest normalised, JsonMapper json) {
        StringBuilder canonical = new StringBuilder();
        write(json.valueToTree(normalised), canonical, json);
        return ApiKeyFormat.hash(canonical.toString());
    }

    /**
     * The fingerprint vacancies stored before requests were compared by meaning: the hash of the normalised
     * request as the service serialises it. Accepted too, so that a retry sent across that upgrade still replays.
     */
    static String beforeMeaningWasCompared(VacancyRequest normalised, JsonMapper json) {
        return ApiKeyFormat.hash(json.writeValueAsString(normalised));
    }

    private static void write(JsonNode node, StringBuilder out, JsonMapper json) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(p -> {
                if (!p.getValue().isNull() && !p.getValue().isMissingNode()) {
                    sorted.put(p.getKey(), p.getValue());
                }
            });
            out.append('{');
            String comma = "";
            for (Map.Entry<String, JsonNode> property : sorted.entrySet()) {
                out.append(comma)
                        .append(json.writeValueAsString(property.getKey()))
                        .append(':');
                write(property.getValue(), out, json);
                comma = ",";
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            String comma = "";
            for (JsonNode element : node.values()) {
                out.append(comma);
                write(element, out, json);
                comma = ",";
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isString()) {
            out.append(json.writeValueAsString(node.stringValue()));
        } else {
            out.append(node); // true, false, null
        }
    }
}
