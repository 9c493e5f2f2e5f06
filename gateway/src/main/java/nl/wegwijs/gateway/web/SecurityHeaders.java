package nl.wegwijs.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The security headers of every answer of the gateway, in one list: Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code X-XSS-Protection: 0}, {@code Cache-Control:
 * no-cache, no-store, max-age=0, must-revalidate} unless the answer set its own, {@code
 * Strict-Transport-Security} on HTTPS, {@code X-Frame-Options: DENY}), {@code Referrer-Policy:
 * no-referrer} and the {@link #CONTENT_SECURITY_POLICY}.
 *
 * <p>Both of Spring Security's filter chains write them ({@link #writer()}); so does everything
 * that answers outside them, with {@link #write}: Tomcat's refusals ({@link ProblemReportValve}),
 * Spring Boot's error page ({@link ProblemErrorController}: a request the firewall refused never
 * reached a chain's header filter, which also skips error dispatches) and the request-size check
 * that runs before Spring Security. Each header is written only if the answer has none yet.
 */
public final class SecurityHeaders {

    /**
     * Pages may run only their own scripts and styles from this origin (no inline code, no other
     * site): a question text that slipped past escaping still could not run. No framing.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final HeaderWriter ALL = new CompositeHeaderWriter(List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new CacheControlHeadersWriter(),
            new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            // a tracking code in the address must not travel to a site an article links to
            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));

    private SecurityHeaders() {}

    /** For Spring Security's {@code headers(h -> h.defaultsDisabled().addHeaderWriter(...))}. */
    public static HeaderWriter writer() {
        return ALL;
    }

    /** Sets the headers this answer does not have yet; call it before the answer is committed. */
    public static void write(HttpServletRequest request, HttpServletResponse response) {
        ALL.writeHeaders(request, response);
    }
}
