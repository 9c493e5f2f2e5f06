package nl.wegwijs.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.Echo;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.SecurityHeadersAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff UI's files as a newcomer's phone on a slow, metered connection gets them: compressed,
 * scripts and styles kept for a year under a versioned path, pages asked again each time but
 * answered with 304 while nothing changed, the API never cached, and a friendly page for a bad link.
 */
@GatewayIT
class StaticPagesIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CHROME_ENCODINGS = "gzip, deflate, br, zstd";
    private static final Pattern VERSIONED_SCRIPT = Pattern.compile("src=\"(/v/[0-9a-f]{12}/js/public/kb\\.js)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AssetVersion version;

    @Test
    void aStylesheetIsSentGzippedToABrowserThatAcceptsIt() throws Exception {
        Browser browser = new Browser(port);
        byte[] original = new ClassPathResource("static/css/wegwijs.css").getContentAsByteArray();

        HttpResponse<byte[]> response = browser.getBytes(
                version.prefix() + "css/wegwijs.css",
                "Accept",
                "text/css,*/*;q=0.1",
                "Accept-Encoding",
                CHROME_ENCODINGS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(gunzip(response.body())).isEqualTo(original);
        assertThat(response.body().length).isLessThan(original.length / 2);
    }

    @Test
    void withoutAcceptEncodingTheSameFileComesUncompressed() throws Exception {
        Browser browser = new Browser(port);
        byte[] original = new ClassPathResource("static/js/ui.js").getContentAsByteArray();

        HttpResponse<byte[]> response = browser.getBytes(version.prefix() + "js/ui.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(original);
    }

    @Test
    void aPageLinksItsScriptsAndStylesUnderTheVersionAndIsRevalidatedEachTime() {
        Browser browser = new Browser(port);

        HttpResponse<String> page = browser.get("/kb.html", "Accept", BROWSER_ACCEPT);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"" + version.prefix() + "css/wegwijs.css\"")
                .contains("href=\"" + version.prefix() + "js/i18n.js\"")
                .contains("src=\"" + version.prefix() + "js/public/kb.js\"")
                .contains("href=\"/index.html\"")
                .doesNotContain("\"/js/", "\"/css/");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
        assertThat(page.headers().firstValue("ETag")).hasValue(version.etag());
        assertThat(page.headers().firstValue("Last-Modified")).isEmpty();
        assertSecurityHeaders(page);
    }

    @Test
    void aPageAskedForAgainWithItsETagIsNotModifiedAndStillCarriesItsSecurityHeaders() {
        Browser browser = new Browser(port);
        String etag = browser.get("/index.html", "Accept", BROWSER_ACCEPT)
                .headers()
                .firstValue("ETag")
                .orElseThrow();

        HttpResponse<String> again =
                browser.get("/index.html", "Accept", BROWSER_ACCEPT, "If-None-Match", etag, "Accept-Encoding", "gzip");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc).doesNotContain("no-store"));
        assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void aPageWithAnOutdatedETagIsSentInFull() {
        Browser browser = new Browser(port);

        HttpResponse<String> page = browser.get("/index.html", "If-None-Match", "W/\"000000000000\"");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ask-form");
    }

    @Test
    void theStartPageAndTheSignInPageAreServedWithVersionedLinksToo() {
        Browser browser = new Browser(port);

        HttpResponse<String> start = browser.get("/", "Accept", BROWSER_ACCEPT);
        HttpResponse<String> signIn = browser.get("/login", "Accept", BROWSER_ACCEPT);

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("src=\"" + version.prefix() + "js/public/ask.js\"");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("src=\"" + version.prefix() + "staff/js/login.js\"");
        assertThat(signIn.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
    }

    @Test
    void theScriptAPageLinksIsKeptForAYearAndSetsNoCookie() {
        Browser browser = new Browser(port);
        Matcher script = VERSIONED_SCRIPT.matcher(browser.get("/kb.html").body());
        assertThat(script.find()).isTrue();

        HttpResponse<String> response = new Browser(port).get(script.group(1), "Accept", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, immutable");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("import");
    }

    @Test
    void aFileUnderAnotherVersionIsThisVersionsCopyButNotKept() {
        Browser browser = new Browser(port);

        HttpResponse<String> response = browser.get("/v/000000000000/js/api.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.body()).contains("export class ApiError");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index.html", "staff/index.html", "not-found.html", "js/nothing.js", ""})
    void pagesAndMissingFilesAreNotServedUnderTheVersion(String path) {
        Browser browser = new Browser(port);

        HttpResponse<String> response = browser.get(version.prefix() + path, "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void anUnversionedStylesheetIsRevalidatedEachTime() {
        Browser browser = new Browser(port);

        HttpResponse<String> response = browser.get("/css/wegwijs.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
        assertThat(response.headers().firstValue("ETag")).hasValue(version.etag());
    }

    @Test
    void apiAnswersAreNeverStoredButAreCompressedWhenLarge() throws Exception {
        Browser browser = new Browser(port);
        String query = "q=" + "bsn".repeat(600);

        HttpResponse<byte[]> response = browser.getBytes(
                "/api/public/kb/search?" + query, "Accept", "application/json", "Accept-Encoding", CHROME_ENCODINGS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc).contains("no-store"));
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(Echo.of(new String(gunzip(response.body()), StandardCharsets.UTF_8))
                        .header("query"))
                .isEqualTo(query);
    }

    @Test
    void aBrowserFollowingABadLinkGetsTheNotFoundPageInTheFourPublicLanguages() {
        Browser browser = new Browser(port);

        HttpResponse<String> response = browser.get("/nonexistent.html", "Accept", BROWSER_ACCEPT);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains("lang=\"uk\"", "lang=\"ru\"", "lang=\"nl\"", "lang=\"en\"")
                .contains("Сторінку не знайдено", "Страница не найдена", "Pagina niet gevonden", "Page not found")
                .contains("href=\"/index.html?ui=uk\"")
                .contains("href=\"" + version.prefix() + "css/wegwijs.css\"")
                .doesNotContain("<script", "style=")
                .doesNotContain("nonexistent");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc).contains("no-store"));
        assertSecurityHeaders(response);
    }

    @Test
    void theNotFoundPageAnswersAHeadRequestWithoutABody() {
        Browser browser = new Browser(port);

        HttpResponse<String> response = browser.send(browser.request("/staff-nothing/x.html")
                .header("Accept", BROWSER_ACCEPT)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aBrowserAskingForTheErrorPathDirectlyGetsTheNotFoundPageToo() {
        Browser browser = new Browser(port);

        HttpResponse<String> response = browser.get("/error", "Accept", BROWSER_ACCEPT);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc).contains("no-store"));
    }

    @Test
    void aScriptOrJsonClientGetsTheProblemDetailForTheSamePath() {
        Browser browser = new Browser(port);

        for (String accept : new String[] {"application/json", "*/*", "application/problem+json"}) {
            HttpResponse<String> response = browser.get("/nonexistent.html", "Accept", accept);

            assertThat(response.statusCode()).as(accept).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(accept)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("type").asString())
                    .isEqualTo("https://wegwijs.nl/problems/not-found");
            assertThat(JSON.readTree(response.body()).path("detail").asString())
                    .as("the detail does not repeat the path")
                    .isEqualTo("There is nothing at this path.");
            SecurityHeadersAssert.assertSecurityHeaders(response);
        }
    }

    @Test
    void underApiEvenABrowserGetsTheProblemDetail() {
        Browser browser = new Browser(port);
        browser.signIn("anna", "testagent");

        HttpResponse<String> response = browser.get("/api/auth/nothing-here", "Accept", BROWSER_ACCEPT);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
