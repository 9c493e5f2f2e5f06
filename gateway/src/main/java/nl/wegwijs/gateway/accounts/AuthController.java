package nl.wegwijs.gateway.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.gateway.GatewayProperties;
import nl.wegwijs.gateway.limits.ClientAddresses;
import nl.wegwijs.gateway.tokens.AccessTokens;
import nl.wegwijs.gateway.tokens.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, access tokens for scripts, and which sign-in methods exist. */
@RestController
class AuthController {

    private final AuthenticationManager authentication;
    private final AccessTokens accessTokens;
    private final LoginThrottle throttle;
    private final ClientAddresses addresses;
    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final String oidcUsernameClaim;

    AuthController(
            AuthenticationManager staffAuthentication,
            AccessTokens accessTokens,
            LoginThrottle throttle,
            ClientAddresses addresses,
            ObjectProvider<ClientRegistrationRepository> oidc,
            GatewayProperties properties) {
        this.authentication = staffAuthentication;
        this.accessTokens = accessTokens;
        this.throttle = throttle;
        this.addresses = addresses;
        this.oidc = oidc;
        this.oidcUsernameClaim = properties.oidc().usernameClaim();
    }

    @GetMapping("/api/auth/me")
    ResponseEntity<?> me(Authentication auth) {
        Optional<Caller> caller = StaffIdentity.of(auth, oidcUsernameClaim);
        if (caller.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Not signed in.");
        }
        return ResponseEntity.ok(LoginHandlers.describe(caller.get()));
    }

    record TokenRequest(String username, String password) {}

    @PostMapping(value = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> token(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
        List<Map<String, String>> missing = new ArrayList<>();
        if (body == null || body.username() == null || body.username().isBlank()) {
            missing.add(Map.of("field", "username", "message", "is required"));
        }
        if (body == null || body.password() == null || body.password().isEmpty()) {
            missing.add(Map.of("field", "password", "message", "is required"));
        }
        if (!missing.isEmpty()) {
            ProblemDetail problem = detail(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    "Send {\"username\": ..., \"password\": ...} as JSON.");
            problem.setProperty("errors", missing);
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String username = body.username();
        String address = addresses.of(request);
        Optional<Duration> wait = throttle.blocked(username, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            ProblemDetail problem = detail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-sign-in-attempts",
                    "Too many sign-in attempts",
                    "Too many failed sign-ins. Try again later.");
            problem.setProperty("retryAfterSeconds", seconds);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        try {
            Authentication auth = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, body.password()));
            throttle.succeeded(username);
            Caller caller = StaffIdentity.of(auth, oidcUsernameClaim).orElseThrow();
            AccessTokens.Issued issued = accessTokens.issue(caller);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("accessToken", issued.accessToken());
            answer.put("tokenType", "Bearer");
            answer.put("expiresIn", issued.expiresIn());
            return ResponseEntity.ok()
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(answer);
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            return problem(
                    HttpStatus.UNAUTHORIZED,
                    "sign-in-failed",
                    "Sign-in failed",
                    "The user name or password is not correct.");
        }
    }

    /** The sign-in methods the login page can offer. */
    @GetMapping("/api/auth/providers")
    Map<String, Object> providers() {
        List<Map<String, String>> providers = new ArrayList<>();
        if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                if (r instanceof ClientRegistration registration) {
                    providers.add(Map.of(
                            "id", registration.getRegistrationId(),
                            "name", registration.getClientName(),
                            "loginUrl", "/oauth2/authorization/" + registration.getRegistrationId()));
                }
            }
        }
        return Map.of("password", true, "oidc", providers);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, type, title, detail));
    }

    private static ProblemDetail detail(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create("https://wegwijs.nl/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
