package nl.wegwijs.expertpool.briefs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.expertpool.AmsterdamDays;
import nl.wegwijs.expertpool.agenda.AgendaStatus;
import nl.wegwijs.expertpool.signals.Signals;

/**
 * A brief. Texts are redacted (no names, contact data or numbers that identify someone); quotes are
 * anonymous and only from experts who consent to be quoted and still take part; {@code supporterCount}
 * counts the experts who still take part.
 */
record Brief(OffsetDateTime generatedAt, int figuresWeeks, List<Point> points) {

    /** The day the brief is dated: the Amsterdam calendar day it was made on. */
    LocalDate generatedOn() {
        return AmsterdamDays.of(generatedAt);
    }

    record Point(
            UUID id,
            String theme,
            String text,
            AgendaStatus status,
            LocalDate raisedOn,
            LocalDate visitDate,
            int visitorCount,
            String reference,
            LocalDate answeredOn,
            String answerSummary,
            int supporterCount,
            List<String> quotes,
            Signals.ThemeFigures helpdesk) {}
}
