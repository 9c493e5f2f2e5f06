package nl.wegwijs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class RefusedRequestsTest {

    @Test
    void plainAsciiIsVisibleAsciiAndSpaces() {
        assertThat(RefusedRequests.plainAscii("Bearer abc.DEF-123_~+/=")).isTrue();
        assertThat(RefusedRequests.plainAscii("text/html, */*;q=0.8")).isTrue();
        assertThat(RefusedRequests.plainAscii("")).isTrue();
        assertThat(RefusedRequests.plainAscii("Jos\u00e9")).as("Latin-1").isFalse();
        assertThat(RefusedRequests.plainAscii(asTomcatReadsIt("привіт")))
                .as("UTF-8")
                .isFalse();
        assertThat(RefusedRequests.plainAscii("a\tb")).as("a tab").isFalse();
        assertThat(RefusedRequests.plainAscii("a\u007fb")).as("DEL").isFalse();
    }

    @Test
    void theFirstHeaderPassedOnWhoseValueIsNotPlainAsciiIsNamed() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/kb/search");
        request.addHeader("Accept", "application/json");
        request.addHeader("Cookie", asTomcatReadsIt("theme=тёмная"));
        request.addHeader("X-Note", "fine");
        request.addHeader("X-Note", asTomcatReadsIt("привіт"));

        assertThat(RefusedRequests.headerNotPlainAscii(request, name -> true)).hasValue("Cookie");
        assertThat(RefusedRequests.headerNotPlainAscii(
                        request, name -> !name.toLowerCase(Locale.ROOT).equals("cookie")))
                .as("a header that is not passed on is not judged")
                .hasValue("X-Note");
        assertThat(RefusedRequests.headerNotPlainAscii(new MockHttpServletRequest(), name -> true))
                .isEmpty();
    }

    @Test
    void aValueTheFirewallRefusesWhenItIsReadCountsAsNotPlainAscii() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/kb/search");
        request.addHeader("X-Note", asTomcatReadsIt("привіт"));

        assertThat(RefusedRequests.headerNotPlainAscii(
                        new StrictHttpFirewall().getFirewalledRequest(request), name -> true))
                .hasValue("X-Note");
    }

    @Test
    void onlyTheStartOfThePathIsLogged() {
        assertThat(RefusedRequests.pathForLog("/api/public/kb/search")).isEqualTo("/api/public/kb");
        assertThat(RefusedRequests.pathForLog("/api/helpdesk/tickets/4f1c/messages"))
                .isEqualTo("/api/helpdesk/tickets");
        assertThat(RefusedRequests.pathForLog("/api/knowledge/drafts")).isEqualTo("/api/knowledge/drafts");
        assertThat(RefusedRequests.pathForLog("/api-docs/knowledge")).isEqualTo("/api-docs/knowledge");
    }

    /** UTF-8 text as Tomcat hands it on: each byte one character (ISO-8859-1). */
    private static String asTomcatReadsIt(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
