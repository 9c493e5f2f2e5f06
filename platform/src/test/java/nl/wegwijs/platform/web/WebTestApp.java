package nl.wegwijs.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.platform.security.GatewayTokens;
import nl.wegwijs.platform.security.ServiceSecurityAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as the platform sets it up (Tomcat, Spring MVC, Jackson, validation, the gateway-token
 * security chain, the platform's web conventions), with endpoints shaped like the services' ones.
 * Only token verification is replaced: the bearer token is the caller's roles, separated by dots.
 */
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
    ServiceSecurityAutoConfiguration.class,
    WebConventionsAutoConfiguration.class
})
@Import({ProblemDetailsAdvice.class, WebTestApp.Questions.class, WebTestApp.Failures.class})
class WebTestApp {

    enum Channel {
        WEB,
        PHONE,
        EMAIL,
        WALK_IN,
        WHATSAPP,
        TELEGRAM
    }

    record Location(@NotBlank String city, String postcode) {}

    record Translation(String title, String body) {}

    record Question(
            @NotBlank @MaxCodePoints(5000) String text,
            Channel channel,
            String kvkNumber,
            Integer maxTravelKm,
            Double score,
            Boolean consent,
            LocalDate availableFrom,
            Location location,
            List<String> skills,
            Map<String, Translation> translations) {}

    @RestController
    static class Questions {

        @PostMapping("/api/questions")
        Question ask(@Valid @RequestBody Question question) {
            return question;
        }

        @GetMapping("/api/questions/{id}")
        Map<String, Object> find(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page) {
            return Map.of("id", id, "page", page);
        }
    }

    @RestController
    static class Failures {

        @PostMapping("/api/failures/duplicate-key")
        void duplicateKey() {
            throw new DuplicateKeyException("duplicate key value violates unique constraint \"uq_kvk\"");
        }

        /** As Hibernate reports it: the driver's SQLException under a ConstraintViolationException. */
        @PostMapping("/api/failures/integrity/{sqlState}")
        void integrity(@PathVariable String sqlState) {
            SQLException driver = new SQLException("ERROR: Key (email)=(olena@example.org) is not unique", sqlState);
            throw new DataIntegrityViolationException(
                    "could not execute statement", new RuntimeException("constraint violated", driver));
        }

        @GetMapping("/api/failures/send-error/{status}")
        void sendError(@PathVariable int status, HttpServletResponse response) throws IOException {
            response.sendError(status);
        }

        @GetMapping("/api/failures/unexpected")
        void unexpected() {
            throw new IllegalStateException("a bug with personal data: olena@example.org");
        }
    }

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
                    .claim(GatewayTokens.ROLES, List.of(token.split("\\.")))
                    .build();
        };
    }
}
