package nl.wegwijs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import nl.wegwijs.gateway.pages.AssetVersion;
import nl.wegwijs.gateway.pages.NotFoundPage;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemErrorControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProblemErrorController controller =
            new ProblemErrorController(NotFoundPage.of(AssetVersion.ofStaticFiles()));

    @Test
    void anExceptionOutsideTheControllersIsA500ProblemWithAReferenceAndNothingOfTheException() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"));
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/helpdesk/tickets");
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/internal-error");
        assertThat(problem.path("title").asString()).isEqualTo("Internal Server Error");
        assertThat(problem.path("status").asInt()).isEqualTo(500);
        assertThat(problem.path("detail").asString()).containsPattern("Reference [0-9a-f-]{36}\\.$");
        assertThat(response.getContentAsString()).doesNotContain("secret", "IllegalState", "/api/helpdesk");
    }

    @Test
    void aRequestTheFirewallRefusedIsA400ProblemThatDoesNotRepeatThePath() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/public/..;/actuator/env");
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/malformed-request");
        assertThat(problem.has("instance")).isFalse();
        assertThat(response.getContentAsString()).doesNotContain("actuator");
    }

    @Test
    void aRequestFoundTooLargeIsTheSame413ProblemAsTheRequestSizeLimitsWithTheSecurityHeaders() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(413);
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/content-too-large");
        assertThat(problem.path("title").asString()).isEqualTo("Content Too Large");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aBodyTomcatGaveUpWaitingForIsA408ProblemOfItsOwnType() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 408);
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(408);
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/request-timeout");
        assertThat(problem.path("title").asString()).isEqualTo("Request Timeout");
        assertThat(problem.path("detail").asString()).isEqualTo("The rest of the request did not arrive in time.");
    }

    @Test
    void aBrowserNavigatingToAPathWithNothingThereGetsTheNotFoundPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/gone.html");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Сторінку не знайдено", "Page not found");
    }

    @Test
    void underApiABrowserStillGetsTheProblem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/helpdesk/nothing");
        request.addHeader("Accept", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }
}
