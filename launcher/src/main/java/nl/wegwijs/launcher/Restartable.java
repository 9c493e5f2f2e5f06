package nl.wegwijs.launcher;

import java.nio.file.Path;

/** A part of the platform that the launcher keeps running ({@link Watchdog}): the Kafka broker, PostgreSQL. */
interface Restartable {

    /** What the person calls it, after "the": "Kafka broker". */
    String name();

    /** Where clients reach it: "localhost:9092". */
    String address();

    /** Its data, kept across restarts. */
    Path dataDirectory();

    /** Its log. */
    Path log();

    /** True when it stopped by itself (it was not stopped on purpose). */
    boolean hasStopped();

    /** How it stopped, for the message: "killed (signal 9)"; empty when unknown. */
    String howItStopped();

    /** Starts it again with the same data and ports; throws {@link LaunchException} when it cannot. */
    void restart();
}
