package nl.wegwijs.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import nl.wegwijs.gateway.GatewayProperties;
import nl.wegwijs.gateway.limits.ClientAddresses;
import nl.wegwijs.gateway.limits.RateLimitFilter;
import nl.wegwijs.gateway.limits.RequestSizeFilter;
import nl.wegwijs.gateway.tokens.ServiceTokens;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters around the routes, in this order: request size (before anything reads the
 * body), then Spring Security (order -100), then rate limits, then the service token, then the
 * ending of requests whose body Tomcat could not read.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(GatewayProperties properties) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(properties.limits().maxRequestSize().toBytes()));
        // before anything reads the body: Spring's FormContentFilter (order -9900) reads a whole
        // PUT/PATCH/DELETE form into memory, and the proxy then sent it on as parameters; after
        // the request observation (HIGHEST_PRECEDENCE + 1), so that refusals are counted too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(ClientAddresses addresses, GatewayProperties properties) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(addresses, properties));
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ServiceTokenFilter> serviceTokenFilter(ServiceTokens tokens, GatewayProperties properties) {
        FilterRegistrationBean<ServiceTokenFilter> registration = new FilterRegistrationBean<>(
                new ServiceTokenFilter(tokens, properties.oidc().usernameClaim()));
        registration.setOrder(20);
        return registration;
    }

    /** Innermost, around the routes: a body Tomcat could not read, and answered itself, ends quietly. */
    @Bean
    FilterRegistrationBean<UnreadableBodyFilter> unreadableBodyFilter() {
        FilterRegistrationBean<UnreadableBodyFilter> registration =
                new FilterRegistrationBean<>(new UnreadableBodyFilter());
        registration.setOrder(30);
        return registration;
    }

    /** Plain HTTP/1.1 to the services: no h2c upgrade attempt on every new connection. */
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToServices() {
        return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }

    /**
     * The proxy's client: bodies pass through as they are (no {@code Accept-Encoding} of its own
     * added to requests, no unzipping of responses behind the client's back), and as many calls to a
     * service at once as configured; the client's own default is 5, so a sixth concurrent request
     * waited for a free connection. When all are busy a request waits at most 2 s and then counts as
     * the service being unavailable. A read whose connection failed before any answer is sent again
     * ({@link ConnectionRetries}); nothing else is.
     */
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> proxyClient(
            GatewayProperties properties) {
        int perService = properties.upstream().connectionsPerService();
        return builder -> builder.withHttpClientCustomizer(
                        client -> client.disableContentCompression().setRetryStrategy(new ConnectionRetries()))
                .withConnectionManagerCustomizer(
                        pool -> pool.setMaxConnPerRoute(perService).setMaxConnTotal(perService * 8))
                .withDefaultRequestConfigCustomizer(
                        request -> request.setConnectionRequestTimeout(Timeout.ofSeconds(2)));
    }

    /**
     * Opens a service's circuit when half of its last calls failed; tries again after 10 s. Only the
     * service's own failures count ({@link ServiceFailures}): what the caller's request caused is
     * neither a failure nor a success. Every change of a circuit's state is logged.
     */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> circuitBreakerDefaults() {
        return factory -> {
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(CircuitBreakerConfig.custom()
                            .slidingWindowSize(20)
                            .minimumNumberOfCalls(10)
                            .failureRateThreshold(50)
                            .waitDurationInOpenState(Duration.ofSeconds(10))
                            .permittedNumberOfCallsInHalfOpenState(3)
                            .recordException(ServiceFailures::ofTheService)
                            .ignoreException(failure -> !ServiceFailures.ofTheService(failure))
                            .build())
                    .build());
            factory.getCircuitBreakerRegistry()
                    .getEventPublisher()
                    .onEntryAdded(added -> logStateChanges(added.getAddedEntry()));
        };
    }

    private static void logStateChanges(CircuitBreaker circuitBreaker) {
        circuitBreaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                log.warn(
                        "Circuit of {} opened: its service failed too often; callers get 503 for a while",
                        event.getCircuitBreakerName());
            } else {
                log.info("Circuit of {}: {}", event.getCircuitBreakerName(), event.getStateTransition());
            }
        });
    }
}
