package nl.wegwijs.matching;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's clock ticks in microseconds, the precision PostgreSQL keeps in a {@code timestamptz}. Every time the
 * service stores (created, updated, closed, issued, last used, erased, shown, computed) and every time it answers or
 * publishes comes from this clock, so a time answered before it is stored is the time read back afterwards: an
 * idempotent replay or a GET shows the {@code createdAt} the first answer showed, not one rounded to microseconds.
 * Replaces the platform's default clock (UTC, nanoseconds on Linux).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final Duration STORED_PRECISION = Duration.ofNanos(1_000);

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), STORED_PRECISION);
    }
}
