package nl.wegwijs.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * What makes a request one the gateway will not pass on to a service, and how such a refusal is
 * logged (with nothing the caller sent but the header's name and the start of the path).
 *
 * <p>Header values: visible US-ASCII and spaces only. Tomcat reads header bytes as ISO-8859-1, so
 * text a client sends as raw UTF-8 arrives as other characters (often C1 control characters), and
 * the bytes of Latin-1 and of UTF-8 cannot be told apart. RFC 9110 keeps field values to ASCII,
 * with other octets ({@code obs-text}) only for old Latin-1 senders; a header whose value the
 * gateway cannot pass on faithfully, or that the services' own checks would refuse, is refused
 * before it is routed.
 */
final class RefusedRequests {

    private RefusedRequests() {}

    /**
     * The name of the first header, of those {@code passedOn}, whose value is not plain ASCII, if
     * any. Read through Spring Security's firewall, which refuses some such values itself when they
     * are read (C1 controls, unassigned characters): that counts as not plain ASCII too.
     */
    static Optional<String> headerNotPlainAscii(HttpServletRequest request, Predicate<String> passedOn) {
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            if (!passedOn.test(name)) {
                continue;
            }
            try {
                for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                    if (!plainAscii(values.nextElement())) {
                        return Optional.of(name);
                    }
                }
            } catch (RequestRejectedException refusedByTheFirewall) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Visible US-ASCII characters and spaces (no tabs: Spring Security's firewall refuses those). */
    static boolean plainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /**
     * At most the first three segments of the path ({@code /api/public/kb}, {@code
     * /api/helpdesk/tickets}): enough to see which route, without the identifiers that follow.
     */
    static String pathForLog(String path) {
        int end = 0;
        for (int segments = 0; segments < 3; segments++) {
            int next = path.indexOf('/', end + 1);
            if (next < 0) {
                return path;
            }
            end = next;
        }
        return path.substring(0, end);
    }
}
