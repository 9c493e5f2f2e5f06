package nl.wegwijs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionRetriesTest {

    private final ConnectionRetries retries = new ConnectionRetries();

    static Stream<Arguments> failuresBeforeAnyAnswer() {
        return Stream.of(
                Arguments.of("refused", new HttpHostConnectException("Connection refused")),
                Arguments.of("refused, plain", new ConnectException("Connection refused")),
                Arguments.of("closed without an answer", new NoHttpResponseException("failed to respond")),
                Arguments.of("reset", new SocketException("Connection reset")),
                Arguments.of("broken pipe", new SocketException("Broken pipe")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failuresBeforeAnyAnswer")
    void aReadIsSentAgainTwiceWhenItsConnectionFailedBeforeAnyAnswer(String what, IOException failure) {
        assertThat(retries.retryRequest(request("GET"), failure, 1, null)).isTrue();
        assertThat(retries.retryRequest(request("GET"), failure, 2, null)).isTrue();
        assertThat(retries.retryRequest(request("GET"), failure, 3, null)).isFalse();
        assertThat(retries.retryRequest(request("HEAD"), failure, 1, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void aChangeIsNeverSentAgain(String method) {
        assertThat(retries.retryRequest(request(method), new ConnectException("Connection refused"), 1, null))
                .isFalse();
        assertThat(retries.retryRequest(request(method), new NoHttpResponseException("failed to respond"), 1, null))
                .isFalse();
        assertThat(retries.retryRequest(request(method), new SocketException("Connection reset"), 1, null))
                .isFalse();
    }

    static Stream<Arguments> failuresThatAreNotRetried() {
        return Stream.of(
                Arguments.of("no answer within the read timeout", new SocketTimeoutException("Read timed out")),
                Arguments.of(
                        "no connection within the connect timeout", new ConnectTimeoutException("Connect timed out")),
                Arguments.of("no free connection in the pool", new ConnectionRequestTimeoutException("Timeout")),
                Arguments.of("an unknown host", new UnknownHostException("service.test")),
                Arguments.of("no route to the host", new NoRouteToHostException("No route to host")),
                Arguments.of("TLS", new SSLException("handshake")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failuresThatAreNotRetried")
    void aTimeoutOrAFailureThatWouldFailAgainIsNotRetried(String what, IOException failure) {
        assertThat(retries.retryRequest(request("GET"), failure, 1, null)).isFalse();
    }

    @Test
    void anAnswerIsNeverSentAgainHereWhateverItsStatus() {
        assertThat(retries.retryRequest(new BasicHttpResponse(503), 1, null)).isFalse();
        assertThat(retries.retryRequest(new BasicHttpResponse(429), 1, null)).isFalse();
    }

    @Test
    void theIntervalsAreShort() {
        IOException reset = new SocketException("Connection reset");

        assertThat(retries.getRetryInterval(request("GET"), reset, 1, null).toMilliseconds())
                .isEqualTo(50);
        assertThat(retries.getRetryInterval(request("GET"), reset, 2, null).toMilliseconds())
                .isEqualTo(100);
    }

    /** With the client itself: each attempt resolves the host name again, so resolutions count attempts. */
    @Test
    void aRealClientTriesARefusedReadThreeTimesAndARefusedChangeOnce() throws IOException {
        AtomicInteger attempts = new AtomicInteger();
        int port = portWhereNothingListens();
        try (CloseableHttpClient client = HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(counting(attempts))
                        .build())
                .setRetryStrategy(retries)
                .build()) {
            HttpHost service = new HttpHost("http", "service.test", port);

            assertThatThrownBy(() -> client.execute(service, new HttpGet("/experts"), response -> null))
                    .isInstanceOf(HttpHostConnectException.class);
            assertThat(attempts.getAndSet(0)).isEqualTo(3);

            assertThatThrownBy(() -> client.execute(service, new HttpPost("/experts"), response -> null))
                    .isInstanceOf(HttpHostConnectException.class);
            assertThat(attempts.get()).isEqualTo(1);
        }
    }

    private static HttpUriRequestBase request(String method) {
        return new HttpUriRequestBase(method, URI.create("http://service.test/experts"));
    }

    private static DnsResolver counting(AtomicInteger attempts) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                attempts.incrementAndGet();
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }

    private static int portWhereNothingListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
