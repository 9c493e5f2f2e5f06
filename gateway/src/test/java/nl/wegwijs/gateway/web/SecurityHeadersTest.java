package nl.wegwijs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {

    @Test
    void anAnswerGetsEverySecurityHeaderAndNoStoreButHstsOnlyOverHttps() {
        MockHttpServletResponse plain = new MockHttpServletResponse();
        MockHttpServletResponse overHttps = new MockHttpServletResponse();
        MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/api/x");
        secure.setSecure(true);

        SecurityHeaders.write(new MockHttpServletRequest("GET", "/api/x"), plain);
        SecurityHeaders.write(secure, overHttps);

        assertThat(plain.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.getHeader("X-XSS-Protection")).isEqualTo("0");
        assertThat(plain.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(plain.getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'");
        assertThat(plain.getHeader("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(overHttps.getHeader("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void headersTheAnswerSetItselfAreKeptAndWritingTwiceAddsNothing() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/index.html");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("Cache-Control", "no-cache, private");

        SecurityHeaders.write(request, response);
        SecurityHeaders.write(request, response);

        assertThat(response.getHeaders("Cache-Control")).containsExactly("no-cache, private");
        assertThat(response.getHeader("Expires")).isNull();
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders("Content-Security-Policy")).hasSize(1);
    }
}
