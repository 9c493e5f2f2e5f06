package nl.wegwijs.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.support.MessageBuilder;

class IncomingEventTest {

    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsTheKafkaHeaderNamesAsBytesOrText() {
        var message = MessageBuilder.withPayload(BODY)
                .setHeader("ce_id", "42".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", "nl.wegwijs.helpdesk.TicketAnswered")
                .setHeader("ce_time", "2026-11-28T10:00:00Z")
                .build();

        IncomingEvent event = IncomingEvent.from(message);

        assertThat(event.id()).isEqualTo("42");
        assertThat(event.type()).isEqualTo("nl.wegwijs.helpdesk.TicketAnswered");
        assertThat(event.time()).isNotNull();
    }

    @Test
    void readsTheCanonicalNamesSpringCloudFunctionRenamesThemTo() {
        var message = MessageBuilder.withPayload(BODY)
                .setHeader("ce-id", "42")
                .setHeader("ce-type", "nl.wegwijs.helpdesk.TicketAnswered")
                .build();

        assertThat(IncomingEvent.from(message).id()).isEqualTo("42");
    }

    @Test
    void aMessageWithoutIdOrTypeIsUnreadable() {
        var message = MessageBuilder.withPayload(BODY).setHeader("ce_type", "x").build();

        assertThatThrownBy(() -> IncomingEvent.from(message)).isInstanceOf(UnreadableEventException.class);
    }
}
