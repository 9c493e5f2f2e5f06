package nl.wegwijs.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;

/**
 * The security headers every answer of the gateway carries, errors included (over plain HTTP, so
 * without {@code Strict-Transport-Security}).
 */
public final class SecurityHeadersAssert {

    /** The headers compared between answers; {@code Cache-Control} differs where pages set their own. */
    public static final List<String> NAMES = List.of(
            "X-Content-Type-Options",
            "X-XSS-Protection",
            "X-Frame-Options",
            "Content-Security-Policy",
            "Referrer-Policy",
            "Cache-Control",
            "Pragma",
            "Expires");

    private SecurityHeadersAssert() {}

    /** For an error or an API answer, which no one may store. */
    public static void assertSecurityHeaders(Function<String, ?> header) {
        assertThat(header.apply("X-Content-Type-Options"))
                .as("X-Content-Type-Options")
                .isEqualTo("nosniff");
        assertThat(header.apply("X-XSS-Protection")).as("X-XSS-Protection").isEqualTo("0");
        assertThat(header.apply("X-Frame-Options")).as("X-Frame-Options").isEqualTo("DENY");
        assertThat((String) header.apply("Content-Security-Policy"))
                .as("Content-Security-Policy")
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
        assertThat(header.apply("Referrer-Policy")).as("Referrer-Policy").isEqualTo("no-referrer");
        assertThat((String) header.apply("Cache-Control")).as("Cache-Control").contains("no-store");
    }

    public static void assertSecurityHeaders(HttpResponse<?> response) {
        assertSecurityHeaders(name -> response.headers().firstValue(name).orElse(null));
    }

    public static void assertSecurityHeaders(RawHttp.Response response) {
        assertSecurityHeaders(name -> response.header(name).orElse(null));
    }
}
