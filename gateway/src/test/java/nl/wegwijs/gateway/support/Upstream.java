package nl.wegwijs.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for the services behind the gateway: it answers every request
 * with what it received (method, path, the headers that matter), so tests can see exactly what a
 * service would see. A few paths misbehave on purpose: {@code .../slow} answers after 5 s,
 * {@code .../flaky} fails with 502 twice before it succeeds, {@code .../broken} always answers 502.
 */
public final class Upstream {

    private static Upstream instance;

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    private Upstream() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized Upstream get() {
        if (instance == null) {
            instance = new Upstream();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests reached this path (with method), e.g. {@code "POST /api/helpdesk/broken"}. */
    public int hits(String methodAndPath) {
        AtomicInteger count = hits.get(methodAndPath);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String key = exchange.getRequestMethod() + " " + path;
        int hit = hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status = 200;
        if (path.endsWith("/slow")) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (path.endsWith("/broken") || (path.endsWith("/flaky") && hit % 3 != 0)) {
            status = 502;
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", path);
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        echo.put("apiKey", exchange.getRequestHeaders().getFirst("X-API-Key"));
        echo.put("cookie", exchange.getRequestHeaders().getFirst("Cookie"));
        echo.put("xsrf", exchange.getRequestHeaders().getFirst("X-XSRF-TOKEN"));
        echo.put(
                "authorizationHeaders",
                exchange.getRequestHeaders()
                        .getOrDefault("Authorization", List.of())
                        .size());
        echo.put("bodyLength", body.length);
        byte[] answer = json.writeValueAsString(echo).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
