package nl.wegwijs.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The expert pool for the length of one test, on the port where otherwise nothing listens
 * ({@link GatewayTestServices#expertPoolPort()}): a plain server socket that handles each
 * connection it accepts by the next step of a script, so that a test can make a service fail at
 * the level of the connection, which a servlet container cannot. Once the script is used up it
 * answers every connection with 200. Each answer closes its connection ({@code Connection: close}),
 * so the gateway keeps none in its pool after the test; closing this frees the port, and the expert
 * pool refuses connections again.
 */
public final class ScriptedService implements AutoCloseable {

    /** What the service does with a connection, after it has read the request on it. */
    public enum Step {
        /** Closes the connection without a word: the gateway's client finds no answer. */
        CLOSE_WITHOUT_ANSWER,
        /** Resets the connection (TCP RST): the gateway's client reads "Connection reset". */
        RESET,
        /** Answers 200 with a small JSON body. */
        ANSWER
    }

    private final ServerSocket server;
    private final Deque<Step> script;
    private final List<String> requestLines = new ArrayList<>();
    private final Thread acceptor;

    private ScriptedService(int port, List<Step> steps) {
        this.script = new ArrayDeque<>(steps);
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on the expert pool's port " + port, e);
        }
        acceptor = Thread.ofPlatform().daemon().name("scripted-service").start(this::serve);
    }

    /** Listens on the expert pool's port until closed, handling connections by the steps in turn. */
    public static ScriptedService expertPool(Step... steps) {
        return new ScriptedService(GatewayTestServices.expertPoolPort(), List.of(steps));
    }

    /** The connections accepted so far. */
    public synchronized int connections() {
        return requestLines.size();
    }

    /** The request line read on each connection, in order ({@code "GET /api/expertpool/x HTTP/1.1"}). */
    public synchronized List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    @Override
    public void close() {
        try {
            server.close();
            acceptor.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket connection = server.accept()) {
                connection.setSoTimeout(10_000);
                String requestLine = readRequest(connection.getInputStream());
                Step step;
                synchronized (this) {
                    requestLines.add(requestLine);
                    step = script.isEmpty() ? Step.ANSWER : script.poll();
                }
                switch (step) {
                    case CLOSE_WITHOUT_ANSWER -> {
                        // closed by the try block: an orderly close (FIN) with nothing written
                    }
                    case RESET -> connection.setSoLinger(true, 0);
                    case ANSWER -> answer(connection, requestLine);
                }
            } catch (IOException closed) {
                // the server socket was closed (the end of the test), or the gateway gave up on a connection
            }
        }
    }

    private static void answer(Socket connection, String requestLine) throws IOException {
        byte[] body =
                ("{\"answeredBy\":\"scripted\",\"request\":\"" + requestLine + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        connection.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        connection.getOutputStream().write(body);
        connection.getOutputStream().flush();
    }

    /** Reads the request head and a body of the length it gives; returns the request line. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        long length = 0;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(
                        line.substring("content-length:".length()).trim());
            }
        }
        in.skipNBytes(length);
        return lines[0];
    }
}
