package nl.wegwijs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.CircuitBreakerStatusCodeException;
import org.springframework.core.retry.RetryException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;

class ServiceFailuresTest {

    @Test
    void aServiceThatRefusesTheConnectionDoesNotAnswerInTimeOrHasNoFreeConnectionFailed() {
        assertThat(ServiceFailures.ofTheService(asTheBreakerSeesIt(new UncheckedIOException(new ConnectException()))))
                .isTrue();
        assertThat(ServiceFailures.ofTheService(
                        asTheBreakerSeesIt(new UncheckedIOException(new SocketTimeoutException("Read timed out")))))
                .isTrue();
        assertThat(ServiceFailures.ofTheService(asTheBreakerSeesIt(
                        new UncheckedIOException(new ConnectionRequestTimeoutException("no free connection")))))
                .isTrue();
    }

    @Test
    void aServiceThatAnswers502Or504Failed() {
        assertThat(ServiceFailures.ofTheService(new CircuitBreakerStatusCodeException(HttpStatus.BAD_GATEWAY)))
                .isTrue();
        assertThat(ServiceFailures.ofTheService(new CircuitBreakerStatusCodeException(HttpStatus.GATEWAY_TIMEOUT)))
                .isTrue();
    }

    @Test
    void aRequestTheFirewallOrTomcatRefusesWhenTheProxyReadsItIsTheCallersNotTheServices() {
        Throwable firewall = asTheBreakerSeesIt(
                new RequestRejectedException("The request was rejected because the header ... is not allowed."));
        Throwable tooManyParameters = asTheBreakerSeesIt(new InvalidParameterException("More than 1000", 400));

        assertThat(ServiceFailures.ofTheService(firewall)).isFalse();
        assertThat(ServiceFailures.causedByTheRequest(firewall)).isTrue();
        assertThat(ServiceFailures.ofTheService(tooManyParameters)).isFalse();
        assertThat(ServiceFailures.causedByTheRequest(tooManyParameters)).isTrue();
        assertThat(ServiceFailures.callerWentAway(firewall)).isFalse();
    }

    @Test
    void aCallerThatStopsSendingItsBodyIsNoFailureOfTheServiceThoughItEndsInATimeout() {
        Throwable abort = asTheBreakerSeesIt(
                new UncheckedIOException(new ClientAbortException(new SocketTimeoutException("Read timed out"))));

        assertThat(ServiceFailures.ofTheService(abort)).isFalse();
        assertThat(ServiceFailures.causedByTheRequest(abort)).isTrue();
        assertThat(ServiceFailures.callerWentAway(abort)).isTrue();
    }

    @Test
    void aFaultOfTheGatewayItselfIsNeitherTheServicesNorTheCallers() {
        Throwable fault = asTheBreakerSeesIt(new IllegalStateException("a bug"));

        assertThat(ServiceFailures.ofTheService(fault)).isFalse();
        assertThat(ServiceFailures.causedByTheRequest(fault)).isFalse();
    }

    /** As the route's filters hand it to the circuit breaker: the retry's, then the breaker's wrapping. */
    private static Throwable asTheBreakerSeesIt(Throwable thrown) {
        return new RuntimeException(new RetryException("Retry policy exhausted", thrown));
    }
}
