package nl.wegwijs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wegwijs.platform.web.ProblemDetailsAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role in {@code @PreAuthorize} is decided before the body is read: a caller without it learns
 * nothing from validation errors. Runs the real security filter chain, method security and problem
 * details on Tomcat; only token verification is replaced (the token is the list of roles).
 */
@SpringBootTest(
        classes = RoleCheckBeforeBindingTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleCheckBeforeBindingTest {

    private static final String VALID = "{\"title\": \"Huisarts vinden\"}";
    private static final String INVALID = "{}";
    private static final String MALFORMED = "{\"title\": ";

    @LocalServerPort
    int port;

    RestClient client;

    @BeforeEach
    void client() {
        client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aCallerWithoutTheRoleGets403ForAnInvalidBodyNot400() {
        Response response = post("/editor/articles", "ANALYST", INVALID);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.json().get("type").asString()).isEqualTo("https://wegwijs.nl/problems/forbidden");
        assertThat(response.json().has("errors")).isFalse();
    }

    @Test
    void aCallerWithoutTheRoleGets403ForMalformedJsonToo() {
        assertThat(post("/editor/articles", "ANALYST", MALFORMED).status()).isEqualTo(403);
    }

    @Test
    void aCallerWithTheRoleGets400WithTheInvalidFieldsForAnInvalidBody() {
        Response response = post("/editor/articles", "EDITOR", INVALID);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).isNotNull();
        assertThat(errors.get(0).get("field").asString()).isEqualTo("title");
        assertThat(errors.get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void aCallerWithTheRoleGets200ForAValidBody() {
        Response response = post("/editor/articles", "EDITOR", VALID);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("title").asString()).isEqualTo("Huisarts vinden");
    }

    @Test
    void aRoleOnTheControllerClassIsCheckedBeforeTheBodyAsWell() {
        assertThat(post("/class-level/articles", "ANALYST", INVALID).status()).isEqualTo(403);
        assertThat(post("/class-level/articles", "EDITOR", INVALID).status()).isEqualTo(400);
        assertThat(post("/class-level/articles", "EDITOR", VALID).status()).isEqualTo(200);
    }

    @Test
    void anyOfSeveralRolesIsEnoughAndOtherRolesDoNotGetInTheWay() {
        assertThat(post("/editor/articles", "ANALYST.EDITOR", VALID).status()).isEqualTo(200);
    }

    @Test
    void anExpressionThatNeedsAnArgumentIsLeftToMethodSecurityAfterBinding() {
        // cannot be decided before binding, so the body is validated first ...
        assertThat(post("/own/articles/olena", "ANALYST", INVALID).status()).isEqualTo(400);
        // ... and method security still decides with the arguments
        assertThat(post("/own/articles/olena", "ANALYST", VALID).status()).isEqualTo(403);
        assertThat(post("/own/articles/tester", "ANALYST", VALID).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenItIsStill401() {
        assertThat(post("/editor/articles", null, INVALID).status()).isEqualTo(401);
        assertThat(post("/editor/articles", "invalid", INVALID).status()).isEqualTo(401);
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private Response post(String path, String roles, String body) {
        RestClient.RequestBodySpec spec = client.post().uri(path);
        if (roles != null) {
            spec = spec.header("Authorization", "Bearer " + roles);
        }
        return spec.contentType(MediaType.APPLICATION_JSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange((request, response) -> {
                    MediaType type = response.getHeaders().getContentType();
                    String text;
                    try {
                        text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        text = "";
                    }
                    return new Response(response.getStatusCode().value(), type == null ? "" : type.toString(), text);
                });
    }

    record Article(@NotBlank @Size(max = 200) String title) {}

    @RestController
    static class EditorController {
        @PostMapping("/editor/articles")
        @PreAuthorize("hasRole('EDITOR')")
        Article create(@Valid @RequestBody Article article) {
            return article;
        }
    }

    @RestController
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    static class ClassLevelController {
        @PostMapping("/class-level/articles")
        Article create(@Valid @RequestBody Article article) {
            return article;
        }
    }

    @RestController
    static class OwnController {
        @PostMapping("/own/articles/{owner}")
        @PreAuthorize("#owner == authentication.name")
        Article create(@PathVariable String owner, @Valid @RequestBody Article article) {
            return article;
        }
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        ValidationAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        ServiceSecurityAutoConfiguration.class
    })
    @Import({ProblemDetailsAdvice.class, EditorController.class, ClassLevelController.class, OwnController.class})
    static class App {

        /** The bearer token is the roles, separated by dots; "invalid" is a token that fails verification. */
        @Bean
        JwtDecoder rolesAsToken() {
            return token -> {
                if (token.equals("invalid")) {
                    throw new BadJwtException("invalid");
                }
                Instant now = Instant.now();
                return Jwt.withTokenValue(token)
                        .header("alg", "none")
                        .subject("tester")
                        .issuedAt(now)
                        .expiresAt(now.plusSeconds(60))
                        .claims(claims -> claims.putAll(
                                Map.of(GatewayTokens.ROLES, List.copyOf(Arrays.asList(token.split("\\."))))))
                        .build();
            };
        }
    }
}
