package nl.wegwijs.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudEvent as a consumer receives it from Kafka. Consumers read the data into their own record
 * (tolerant reader): the producer's classes are never shared.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, byte[] data) {

    /** Reads the envelope from the message headers; a message without id or type is unreadable. */
    public static IncomingEvent from(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = header(headers, CloudEventHeaders.ID);
        String type = header(headers, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new UnreadableEventException("message has no ce_id or ce_type header");
        }
        String time = header(headers, CloudEventHeaders.TIME);
        OffsetDateTime at;
        try {
            at = time == null ? null : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("ce_time is not an RFC 3339 time");
        }
        return new IncomingEvent(
                id,
                type,
                header(headers, CloudEventHeaders.SOURCE),
                header(headers, CloudEventHeaders.SUBJECT),
                at,
                message.getPayload());
    }

    /** Binds the JSON data to the consumer's own record; data that does not fit is unreadable. */
    public <T> T dataAs(Class<T> type, JsonMapper json) {
        try {
            T value = json.readValue(data, type);
            if (value == null) {
                throw new UnreadableEventException("event " + id + " has no data");
            }
            return value;
        } catch (JacksonException e) {
            throw new UnreadableEventException(
                    "event " + id + " of type " + this.type + " has unreadable data: " + e.getOriginalMessage());
        }
    }

    /**
     * The attribute under its Kafka name ({@code ce_id}) or, as Spring Cloud Function renames the
     * headers of messages it recognises as CloudEvents, under its canonical name ({@code ce-id}).
     */
    private static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
