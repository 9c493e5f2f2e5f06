package nl.wegwijs.knowledge.events;

import java.util.List;
import nl.wegwijs.platform.events.IncomingEvent;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Reads a CloudEvent from a consumed message. Spring Cloud Function recognises messages that the
 * outbox relay sent as CloudEvents ({@code message-type: cloudevent}) and renames their {@code ce_*}
 * headers to the canonical {@code ce-*} before our function sees them; this puts the Kafka names back
 * so {@link IncomingEvent#from} reads events from real producers and from plain clients alike.
 */
public final class IncomingEvents {

    private static final List<String> ATTRIBUTES = List.of("id", "type", "source", "specversion", "time", "subject");

    private IncomingEvents() {}

    public static IncomingEvent read(Message<byte[]> message) {
        MessageBuilder<byte[]> restored = null;
        for (String attribute : ATTRIBUTES) {
            String kafkaName = "ce_" + attribute;
            if (message.getHeaders().containsKey(kafkaName)) {
                continue;
            }
            Object value = message.getHeaders().get("ce-" + attribute);
            if (value == null) {
                value = message.getHeaders().get("ce." + attribute);
            }
            if (value != null) {
                if (restored == null) {
                    restored = MessageBuilder.fromMessage(message);
                }
                restored.setHeader(kafkaName, value);
            }
        }
        return IncomingEvent.from(restored == null ? message : restored.build());
    }
}
