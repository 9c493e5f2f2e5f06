package nl.wegwijs.helpdesk.suggestions;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The breaker around knowledge search: opens after half of the last 10 calls failed (at least 5),
 * stays open 30 s, and gives up on a call after the HTTP timeout plus a margin.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> knowledgeBreaker(
            @Value("${wegwijs.knowledge.timeout:800ms}") Duration timeout) {
        return factory -> factory.configure(
                builder -> builder.circuitBreakerConfig(CircuitBreakerConfig.custom()
                                .slidingWindowSize(10)
                                .minimumNumberOfCalls(5)
                                .failureRateThreshold(50)
                                .waitDurationInOpenState(Duration.ofSeconds(30))
                                .build())
                        .timeLimiterConfig(TimeLimiterConfig.custom()
                                .timeoutDuration(timeout.plusMillis(200))
                                .build()),
                "knowledge");
    }
}
