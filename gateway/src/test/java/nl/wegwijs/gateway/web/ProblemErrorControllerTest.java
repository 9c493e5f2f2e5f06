package nl.wegwijs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemErrorControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProblemErrorController controller = new ProblemErrorController();

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
}
