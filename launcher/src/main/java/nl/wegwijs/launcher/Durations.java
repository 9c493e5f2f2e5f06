package nl.wegwijs.launcher;

import java.time.Duration;

/** Durations as a person reads them on the console. */
final class Durations {

    private Durations() {}

    /** {@code "45 s"}, {@code "2 min 05 s"}, {@code "10 min"}, {@code "1 h 30 min"}. */
    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        long restSeconds = seconds % 60;
        if (minutes < 60) {
            return restSeconds == 0 ? minutes + " min" : "%d min %02d s".formatted(minutes, restSeconds);
        }
        long hours = minutes / 60;
        long restMinutes = minutes % 60;
        return restMinutes == 0 ? hours + " h" : "%d h %02d min".formatted(hours, restMinutes);
    }
}
