package nl.wegwijs.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock a test moves forward. */
final class ManualClock implements InstantSource {

    private Instant now = Instant.parse("2025-06-01T10:00:00Z");

    @Override
    public synchronized Instant instant() {
        return now;
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
