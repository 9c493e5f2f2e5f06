package nl.wegwijs.gateway.support;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real servlet container (embedded Tomcat, as the services run on) standing in for the services
 * behind the gateway: it answers every request with what it received (method, path, the headers
 * that matter), so tests can see exactly what a service would see. A few paths misbehave on
 * purpose: {@code .../slow} answers after 5 s, {@code .../flaky} fails with 502 twice before it
 * succeeds, {@code .../broken} always answers 502, and {@code .../together} holds each request
 * until {@value #TOGETHER} of them are in (answering 504 if they are not all there within 2 s).
 */
public final class Upstream {

    /** How many {@code .../together} requests must be in flight at once before any is answered. */
    public static final int TOGETHER = 12;

    private static Upstream instance;

    private final Tomcat tomcat = new Tomcat();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final CountDownLatch together = new CountDownLatch(TOGETHER);
    private final int port;

    private Upstream() {
        try {
            tomcat.setBaseDir(Files.createTempDirectory("upstream").toString());
            Connector connector = new Connector();
            connector.setPort(0);
            connector.setProperty("address", "127.0.0.1");
            tomcat.setConnector(connector);
            Context context = tomcat.addContext("", null);
            Tomcat.addServlet(context, "echo", new EchoServlet());
            context.addServletMappingDecoded("/", "echo");
            tomcat.start();
            port = connector.getLocalPort();
        } catch (IOException | LifecycleException e) {
            throw new IllegalStateException("cannot start the upstream", e);
        }
    }

    public static synchronized Upstream get() {
        if (instance == null) {
            instance = new Upstream();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    instance.tomcat.stop();
                } catch (LifecycleException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** How many requests reached this path (with method), e.g. {@code "POST /api/helpdesk/broken"}. */
    public int hits(String methodAndPath) {
        AtomicInteger count = hits.get(methodAndPath);
        return count == null ? 0 : count.get();
    }

    private final class EchoServlet extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            int hit = hits.computeIfAbsent(request.getMethod() + " " + path, k -> new AtomicInteger())
                    .incrementAndGet();
            byte[] body = request.getInputStream().readAllBytes();
            int status = 200;
            if (path.endsWith("/slow")) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (path.endsWith("/together")) {
                together.countDown();
                status = awaitTheOthers() ? 200 : 504;
            } else if (path.endsWith("/broken") || (path.endsWith("/flaky") && hit % 3 != 0)) {
                status = 502;
            }
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("method", request.getMethod());
            echo.put("path", path);
            echo.put("query", request.getQueryString());
            echo.put("authorization", request.getHeader("Authorization"));
            echo.put("apiKey", request.getHeader("X-API-Key"));
            echo.put("cookie", request.getHeader("Cookie"));
            echo.put("xsrf", request.getHeader("X-XSRF-TOKEN"));
            echo.put("acceptEncoding", request.getHeader("Accept-Encoding"));
            echo.put(
                    "authorizationHeaders",
                    Collections.list(request.getHeaders("Authorization")).size());
            echo.put("bodyLength", body.length);
            byte[] answer = json.writeValueAsString(echo).getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setContentType("application/json");
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
        }

        private boolean awaitTheOthers() {
            try {
                return together.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
