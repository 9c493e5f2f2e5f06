package nl.wegwijs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies are read strictly, in every service, before any service code runs: no control
 * characters in text, no silent conversion between JSON types. Each refusal is a 400 problem detail
 * that names the field and says what it must be. Runs a service as the platform sets it up.
 */
@SpringBootTest(classes = WebTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictRequestBodiesTest {

    private static final String QUESTIONS = "/api/questions";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper applicationMapper;

    Http http;

    @BeforeEach
    void http() {
        http = Http.editor(port);
    }

    @Test
    void aNulCharacterInTextIs400NamingTheFieldNot500() {
        var response = http.post(QUESTIONS, "{\"text\": \"Vraag\\u0000\"}");

        response.assertProblem(400, "malformed-request");
        assertThat(response.errors()).containsExactly("text: must not contain control characters");
    }

    @Test
    void everyOtherC0ControlCharacterIsRefusedToo() {
        for (String escaped : new String[] {"\\u0001", "\\u0007", "\\b", "\\f", "\\u000b", "\\u001b", "\\u001f"}) {
            var response = http.post(QUESTIONS, "{\"text\": \"Vraag " + escaped + " over huur\"}");

            assertThat(response.errors()).as(escaped).containsExactly("text: must not contain control characters");
        }
    }

    @Test
    void tabsAndLineBreaksAreTextAndKept() {
        var response = http.post(QUESTIONS, "{\"text\": \"Regel 1\\r\\nRegel 2\\tmet tab\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("text").asString()).isEqualTo("Regel 1\r\nRegel 2\tmet tab");
    }

    @Test
    void textWithNothingVisibleInItIsBlankLikeSpaces() {
        // zero-width space, no-break space, word joiner + soft hyphen, direction marks, an override, em spaces
        for (String escaped : new String[] {
            "\\u200b\\u200b\\u200b",
            "\\u00a0",
            "\\u2060\\u00ad",
            "\\u202e\\u200f",
            "\\u2003\\u2003",
            "\\u3164",
            "\\ufeff"
        }) {
            var response = http.post(QUESTIONS, "{\"text\": \"" + escaped + "\"}");

            response.assertProblem(400, "invalid-request");
            assertThat(response.errors()).as(escaped).containsExactly("text: must not be blank");
        }
    }

    @Test
    void bidirectionalControlsAreTakenOutSoTextCannotReorderThePageThatShowsIt() {
        var response = http.post(QUESTIONS, "{\"text\": \"Tomaten\\u202e oogsten\\u2066 in\\u2069 Naaldwijk\\u202c\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("text").asString()).isEqualTo("Tomaten oogsten in Naaldwijk");
    }

    @Test
    void invisibleCharactersInsideVisibleTextAreKept() {
        // a family emoji is joined by zero-width joiners; a no-break space between number and unit
        var response = http.post(QUESTIONS, "{\"text\": \"\\ud83d\\udc68\\u200d\\ud83d\\udc67 100\\u00a0euro\"}");

        assertThat(response.json().get("text").asString()).isEqualTo("\ud83d\udc68\u200d\ud83d\udc67 100\u00a0euro");
    }

    @Test
    void controlCharactersAreFoundAnywhereInTheBodyAndTheFieldIsNamedByItsPath() {
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"location\": {\"city\": \"Venlo\\u0000\"}}")
                        .errors())
                .containsExactly("location.city: must not contain control characters");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"skills\": [\"lassen\", \"\\u0000\"]}")
                        .errors())
                .containsExactly("skills[1]: must not contain control characters");
        String translation = "{\"nl\": {\"title\": \"t\", \"body\": \"\\u0000\"}}";
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"translations\": " + translation + "}")
                        .errors())
                .containsExactly("translations.nl.body: must not contain control characters");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"translations\": {\"n\\u0000l\": {\"title\": \"t\"}}}")
                        .errors())
                .containsExactly("translations: must not contain control characters");
    }

    @Test
    void aNumberOrABooleanIsNotText() {
        var number = http.post(QUESTIONS, "{\"text\": 123}");
        number.assertProblem(400, "malformed-request");
        assertThat(number.errors()).containsExactly("text: must be a string");

        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"kvkNumber\": 12345679}")
                        .errors())
                .containsExactly("kvkNumber: must be a string");
        assertThat(http.post(QUESTIONS, "{\"text\": true}").errors()).containsExactly("text: must be a string");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"skills\": [\"lassen\", 7]}")
                        .errors())
                .containsExactly("skills[1]: must be a string");
    }

    @Test
    void anEnumValueIsItsNameNotItsPosition() {
        var response = http.post(QUESTIONS, "{\"text\": \"x\", \"channel\": 5}");

        response.assertProblem(400, "malformed-request");
        assertThat(response.errors())
                .containsExactly("channel: must be one of [WEB, PHONE, EMAIL, WALK_IN, WHATSAPP, TELEGRAM]");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"channel\": \"5\"}").status())
                .isEqualTo(400);
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"channel\": \"TELEGRAM\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        var response = http.post(QUESTIONS, "{\"text\": \"x\", \"maxTravelKm\": 2.7}");

        response.assertProblem(400, "malformed-request");
        assertThat(response.errors()).containsExactly("maxTravelKm: must be a whole number");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"maxTravelKm\": 25}")
                        .json()
                        .get("maxTravelKm")
                        .asInt())
                .isEqualTo(25);
    }

    @Test
    void aWholeNumberTooLargeForTheFieldNamesTheField() {
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"maxTravelKm\": 3000000000}")
                        .errors())
                .containsExactly("maxTravelKm: must be a whole number in range");
    }

    @Test
    void textIsNotANumberNorABooleanNorADate() {
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"maxTravelKm\": \"25\"}")
                        .errors())
                .containsExactly("maxTravelKm: must be a whole number");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"score\": \"0.5\"}").errors())
                .containsExactly("score: must be a number");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"consent\": \"true\"}")
                        .errors())
                .containsExactly("consent: must be true or false");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"consent\": 1}").errors())
                .containsExactly("consent: must be true or false");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"availableFrom\": \"\"}")
                        .errors())
                .containsExactly("availableFrom: must be a date (YYYY-MM-DD)");
    }

    @Test
    void aWholeNumberIsANumber() {
        var response = http.post(QUESTIONS, "{\"text\": \"x\", \"score\": 1}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aListOrAnObjectInTheWrongShapeSaysWhatItMustBe() {
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"skills\": \"lassen\"}")
                        .errors())
                .containsExactly("skills: must be a list");
        assertThat(http.post(QUESTIONS, "{\"text\": \"x\", \"location\": \"Venlo\"}")
                        .errors())
                .containsExactly("location: must be an object");
        assertThat(http.post(QUESTIONS, "[\"Vraag\"]").errors()).containsExactly("body: must be an object");
    }

    @Test
    void unknownPropertiesAreStillIgnored() {
        var response = http.post(QUESTIONS, "{\"text\": \"Vraag\", \"addedByANewerClient\": 12, \"x\": \"\\u0000\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("text").asString()).isEqualTo("Vraag");
    }

    @Test
    void pathAndQueryParametersAreStillConvertedFromText() {
        var found = http.get("/api/questions/0b8f9a52-6f3c-4a37-9d5e-4b0c1d2e3f40?page=2");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("page").asInt()).isEqualTo(2);
        var notANumber = http.get("/api/questions/0b8f9a52-6f3c-4a37-9d5e-4b0c1d2e3f40?page=twee");
        notANumber.assertProblem(400, "invalid-request");
        assertThat(notANumber.errors()).containsExactly("page: must be a whole number");
    }

    @Test
    void theApplicationsOwnMapperForEventsAndStoredDocumentsStaysTolerant() {
        WebTestApp.Question read = applicationMapper.readValue(
                "{\"text\": 123, \"maxTravelKm\": 2.0, \"skills\": [\"\\u0007\"], \"unknown\": 1}",
                WebTestApp.Question.class);

        assertThat(read.text()).isEqualTo("123");
        assertThat(read.maxTravelKm()).isEqualTo(2);
        assertThat(read.skills()).containsExactly("\u0007");
    }

    @Test
    void twoThousandSixHundredEmojiFitAFiveThousandCharacterLimit() {
        String emoji = "😀".repeat(2600); // 5,200 UTF-16 units

        assertThat(http.post(QUESTIONS, "{\"text\": \"" + emoji + "\"}").status())
                .isEqualTo(200);
        var tooLong = http.post(QUESTIONS, "{\"text\": \"" + "a".repeat(5001) + "\"}");
        tooLong.assertProblem(400, "invalid-request");
        assertThat(tooLong.errors()).containsExactly("text: must be at most 5000 characters");
    }
}
