package nl.wegwijs.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client of the gateway that keeps cookies like a browser and comes from its own address
 * (sent as {@code X-Forwarded-For}, which the test configuration trusts from 127.0.0.1).
 */
public final class Browser {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String address;

    public Browser(int port) {
        this(port, randomAddress());
    }

    public Browser(int port, String address) {
        this.base = "http://127.0.0.1:" + port;
        this.address = address;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    public String address() {
        return address;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as it came over the wire (not decompressed), for checking compression. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A JSON POST with the CSRF header the staff UI sends (the value of the XSRF-TOKEN cookie). */
    public HttpResponse<String> postJsonWithCsrf(String path, String json) {
        return postJson(path, json, "X-XSRF-TOKEN", csrfToken());
    }

    public HttpResponse<String> postFormWithCsrf(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Signs in as the sign-in page does: fetch a page for the CSRF cookie, then POST /login. */
    public HttpResponse<String> signIn(String username, String password) {
        if (cookie("XSRF-TOKEN").isEmpty()) {
            get("/api/auth/providers");
        }
        return postFormWithCsrf("/login", "username=" + username + "&password=" + password);
    }

    public String csrfToken() {
        return cookie("XSRF-TOKEN").orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie yet"));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }
}
