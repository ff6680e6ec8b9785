package io.ordercenter.async.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void an_event_reads_back_with_its_snapshot() {
        OrderEvent paid = Events.lifecycle("9001", "11", "22", Instant.parse("2026-05-05T10:00:00.123Z"))
                .get(1);

        ReceivedEvent received = codec.decode(codec.encode(paid));

        assertThat(received.event().eventId()).isEqualTo("9001-2");
        assertThat(received.event().occurredAt()).isEqualTo(paid.occurredAt());
        assertThat(received.order()).isEqualTo(paid.payload().get("order"));
        assertThat(received.payloadText("paymentId")).contains("PAY-9001");
    }

    @Test
    void ids_travel_as_strings_and_times_as_iso_8601() {
        OrderEvent placed = Events.lifecycle("9001", "11", "22", Instant.parse("2026-05-05T10:00:00Z"))
                .get(0);

        String json = new String(codec.encode(placed), StandardCharsets.UTF_8);

        assertThat(json).contains("\"orderId\":\"9001\"").contains("\"occurredAt\":\"2026-05-05T10:00:00Z\"");
    }

    @Test
    void unknown_fields_are_ignored() {
        String json = new String(
                        codec.encode(Events.lifecycle("9001", "11", "22", Instant.now())
                                .get(0)),
                        StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"newField\":42,");

        assertThat(codec.decode(json.getBytes(StandardCharsets.UTF_8)).orderId())
                .isEqualTo("9001");
    }

    @Test
    void what_is_not_a_valid_event_is_poison() {
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventCodec.PoisonEvent.class);
        assertThatThrownBy(() -> codec.decode("{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventCodec.PoisonEvent.class);
        assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(EventCodec.PoisonEvent.class);
        String unknownType = new String(
                        codec.encode(Events.lifecycle("9001", "11", "22", Instant.now())
                                .get(0)),
                        StandardCharsets.UTF_8)
                .replace("ORDER_PLACED", "ORDER_TELEPORTED");
        assertThatThrownBy(() -> codec.decode(unknownType.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventCodec.PoisonEvent.class);
    }

    @Test
    void a_snapshot_of_another_version_is_poison() {
        OrderEvent paid = Events.lifecycle("9001", "11", "22", Instant.now()).get(1);
        OrderSnapshot v1 = (OrderSnapshot) Events.lifecycle("9001", "11", "22", Instant.now())
                .get(0)
                .payload()
                .get("order");
        java.util.Map<String, Object> payload = new java.util.HashMap<>(paid.payload());
        payload.put("order", v1);
        OrderEvent mixed = new OrderEvent(
                paid.eventId(),
                paid.orderId(),
                paid.userId(),
                paid.shopId(),
                paid.type(),
                paid.fromStatus(),
                paid.toStatus(),
                paid.version(),
                paid.occurredAt(),
                paid.traceId(),
                payload);

        assertThatThrownBy(() -> codec.decode(codec.encode(mixed))).isInstanceOf(EventCodec.PoisonEvent.class);
    }
}
