package nl.wegwijs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every error a service answers is {@code application/problem+json} with {@code type}, {@code
 * title}, {@code status} and {@code detail}: Spring MVC's own errors, errors the servlet container
 * or the security firewall send, and what the database refuses when a service did not expect it.
 */
@SpringBootTest(classes = WebTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void http() {
        http = Http.editor(port);
    }

    @Test
    void anUnknownPathIsA404ProblemThatDoesNotTalkAboutStaticResources() {
        var response = http.get("/api/nothing-here");

        response.assertProblem(404, "not-found");
        assertThat(response.json().get("title").asString()).isEqualTo("Not found");
        assertThat(response.body()).doesNotContain("static resource");
    }

    @Test
    void aMethodThePathDoesNotAllowIsA405Problem() {
        var response = http.call(HttpMethod.DELETE, "/api/questions", null, null, null);

        response.assertProblem(405, "method-not-allowed");
        assertThat(response.headers().getAllow()).contains(HttpMethod.POST);
    }

    @Test
    void aBodyInAnUnsupportedMediaTypeIsA415Problem() {
        http.call(HttpMethod.POST, "/api/questions", MediaType.TEXT_PLAIN_VALUE, "Vraag", null)
                .assertProblem(415, "unsupported-media-type");
    }

    @Test
    void anAnswerInAMediaTypeTheServiceCannotWriteIsA406Problem() {
        http.call(
                        HttpMethod.POST,
                        "/api/questions",
                        MediaType.APPLICATION_JSON_VALUE,
                        "{\"text\": \"Vraag\"}",
                        MediaType.APPLICATION_XML_VALUE)
                .assertProblem(406, "not-acceptable");
    }

    @Test
    void aMissingOrMalformedBodyIsA400Problem() {
        http.call(HttpMethod.POST, "/api/questions", MediaType.APPLICATION_JSON_VALUE, null, null)
                .assertProblem(400, "malformed-request");
        http.post("/api/questions", "{\"text\": ").assertProblem(400, "malformed-request");
    }

    @Test
    void aUrlTheSecurityFirewallRejectsIsA400ProblemWithOrWithoutAToken() {
        http.get("/api/questions;jsessionid=1").assertProblem(400, "invalid-request");
        http.get("/api/questions/%2e%2e/secret").assertProblem(400, "invalid-request");
        http.withoutToken().get("/api/questions;jsessionid=1").assertProblem(400, "invalid-request");
    }

    @Test
    void anErrorSentOutsideTheControllersIsAProblemTooNotBootsErrorJson() {
        var response = http.get("/api/failures/send-error/413");

        response.assertProblem(413, "content-too-large");
        assertThat(response.json().has("timestamp")).isFalse();
        assertThat(response.json().get("instance").asString()).isEqualTo("/api/failures/send-error/413");
    }

    @Test
    void theErrorPageIsNotAnEndpointOfItsOwn() {
        http.get("/error").assertProblem(404, "not-found");
    }

    @Test
    void withoutATokenItIsStillA401Problem() {
        http.withoutToken().get("/api/nothing-here").assertProblem(401, "unauthorized");
    }

    @Test
    void aUniqueConstraintViolatedByAConcurrentIdenticalRequestIsA409RetryNot500() {
        var jdbc = http.post("/api/failures/duplicate-key", "{}");
        var jpa = http.post("/api/failures/integrity/23505", "{}");

        for (var response : new Http.Response[] {jdbc, jpa}) {
            response.assertProblem(409, "conflict");
            assertThat(response.json().get("detail").asString())
                    .contains("conflicts with a concurrent request")
                    .contains("retry");
        }
    }

    @Test
    void anExclusionConstraintIsTreatedAsAConcurrentDuplicateToo() {
        http.post("/api/failures/integrity/23P01", "{}").assertProblem(409, "conflict");
    }

    @Test
    void aValueTheDatabaseCannotHoldIsA400Not500() {
        // 22021: character not in repertoire (U+0000 in a query parameter); 22001: value too long
        http.post("/api/failures/integrity/22021", "{}").assertProblem(400, "invalid-request");
        http.post("/api/failures/integrity/22001", "{}").assertProblem(400, "invalid-request");
    }

    @Test
    void anyOtherIntegrityRuleTheDatabaseEnforcesIsA409() {
        // 23503: the row referred to was deleted meanwhile
        var response = http.post("/api/failures/integrity/23503", "{}");

        response.assertProblem(409, "conflict");
        assertThat(response.json().get("detail").asString()).doesNotContain("concurrent request");
    }

    @Test
    void theDatabasesMessageWithTheValuesItRefusedIsNeitherAnsweredNorLogged(CapturedOutput log) {
        var response = http.post("/api/failures/integrity/23505", "{}");

        assertThat(response.body()).doesNotContain("olena@example.org").doesNotContain("Key (");
        assertThat(log.getAll()).contains("SQLState 23505").doesNotContain("olena@example.org");
    }

    @Test
    void anUnexpectedErrorIsA500ProblemWithAReferenceAndWithoutItsCause() {
        var response = http.get("/api/failures/unexpected");

        response.assertProblem(500, "internal-error");
        assertThat(response.json().get("detail").asString()).contains("Reference ");
        assertThat(response.body()).doesNotContain("olena@example.org").doesNotContain("IllegalStateException");
    }
}
