package nl.wegwijs.gateway.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.wegwijs.gateway.GatewayProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code wegwijs.login.max-failures} failed sign-ins within
 * {@code wegwijs.login.lockout} for one user name, or from one client address, further attempts
 * for it are refused (429) until the oldest failure is that long ago.
 */
@Component
public class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    public LoginThrottle(GatewayProperties properties) {
        this(properties.login().maxFailures(), properties.login().lockout(), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long this user name or address must still wait, or empty when it may try now. */
    public Optional<Duration> blocked(String username, String address) {
        Duration user = blockedFor(userKey(username));
        Duration addr = blockedFor(addressKey(address));
        Duration longest = user.compareTo(addr) >= 0 ? user : addr;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        record(userKey(username));
        record(addressKey(address));
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            Instant freeAt = times.peekFirst().plus(window);
            return Duration.between(now, freeAt).plusSeconds(1).withNanos(0);
        }
    }

    private void record(String key) {
        if (failures.size() > MAX_KEYS) {
            Instant now = clock.instant();
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
