package nl.wegwijs.matching.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RequestFingerprintTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PRETTY = """
            {
              "title": "Orderpicker",
              "isco": "9333",
              "location": {"city": "Venlo", "postcode": "5928 AA"},
              "languages": [{"anyOf": ["nl", "en"], "level": "A2"}],
              "hoursPerWeek": {"min": 32, "max": 40},
              "contractType": "TEMPORARY_AGENCY",
              "salary": {"min": 14.80, "max": 15.20, "per": "HOUR"},
              "startDate": "2027-01-12"
            }
            """;

    private static String fingerprint(String body) {
        return RequestFingerprint.of(JSON.readValue(body, VacancyRequest.class).normalised(), JSON);
    }

    @Test
    void requestsThatMeanTheSameHaveOneFingerprintHoweverTheyAreWritten() {
        String compactReorderedWithDefaults = "{\"startDate\":\"2027-01-12\",\"salary\":{\"currency\":\"EUR\","
                + "\"per\":\"HOUR\",\"max\":1.52E+1,\"min\":14.8},\"contractType\":\"TEMPORARY_AGENCY\","
                + "\"hoursPerWeek\":{\"max\":40,\"min\":32},\"languages\":[{\"level\":\"A2\",\"anyOf\":[\"nl\",\"en\"]}],"
                + "\"location\":{\"postcode\":\"5928 AA\",\"city\":\"Venlo\"},\"isco\":\"9333\","
                + "\"title\":\" Orderpicker \",\"skills\":[],\"certificates\":[],\"minYearsExperience\":0,"
                + "\"sector\":\"LOGISTICS\",\"description\":null}";

        assertThat(fingerprint(compactReorderedWithDefaults)).isEqualTo(fingerprint(PRETTY));
    }

    @Test
    void anyDifferenceInMeaningChangesTheFingerprint() {
        String original = fingerprint(PRETTY);

        assertThat(fingerprint(PRETTY.replace("14.80", "14.81"))).isNotEqualTo(original);
        assertThat(fingerprint(PRETTY.replace("\"max\": 40", "\"max\": 38"))).isNotEqualTo(original);
        assertThat(fingerprint(PRETTY.replace("[\"nl\", \"en\"]", "[\"en\", \"nl\"]")))
                .as("lists keep their order")
                .isNotEqualTo(original);
        assertThat(fingerprint(PRETTY.replace("\"isco\": \"9333\",", "\"isco\": \"9333\", \"description\": \"x\",")))
                .isNotEqualTo(original);
    }

    @Test
    void textIsComparedExactlyEvenWhenItLooksLikeANumber() {
        String asText = PRETTY.replace("\"title\": \"Orderpicker\"", "\"title\": \"14.80\"");
        String otherText = PRETTY.replace("\"title\": \"Orderpicker\"", "\"title\": \"14.8\"");

        assertThat(fingerprint(asText)).isNotEqualTo(fingerprint(otherText));
    }
}
