package nl.wegwijs.expertpool.sessions;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import nl.wegwijs.expertpool.AmsterdamDays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Session times as coordinators type them. The platform is Dutch: an ISO-8601 date and time without an
 * offset ({@code 2027-01-14T18:00:00}, or {@code 2027-01-14T18:00} as a browser's datetime-local field
 * sends it) is Amsterdam time, winter or summer; one with an offset ({@code +01:00}, {@code Z}) or a
 * zone ({@code 2027-01-14T18:00:00+01:00[Europe/Amsterdam]}) is taken as it says. A local time the clocks
 * skip in spring moves forward by the gap; one that occurs twice in autumn is the earlier.
 */
final class AmsterdamTime {

    static final ZoneId ZONE = AmsterdamDays.ZONE;

    private AmsterdamTime() {}

    /** The instant the text names, with the offset it was given in or Amsterdam's offset at that time. */
    static OffsetDateTime parse(String text) {
        TemporalAccessor parsed =
                DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), ZonedDateTime::from, LocalDateTime::from);
        if (parsed instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        return ((LocalDateTime) parsed).atZone(ZONE).toOffsetDateTime();
    }

    /** The time in Amsterdam, for messages. */
    static String inAmsterdam(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).toOffsetDateTime() + " (Amsterdam time)";
    }

    /** Reads a JSON string with {@link #parse}; anything else is a 400 naming the field. */
    static final class Deserializer extends ValueDeserializer<OffsetDateTime> {

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            String text = parser.getString();
            try {
                return parse(text);
            } catch (DateTimeException e) {
                throw context.weirdStringException(
                        text, OffsetDateTime.class, "not an ISO-8601 date and time such as 2027-01-14T18:00:00");
            }
        }
    }
}
