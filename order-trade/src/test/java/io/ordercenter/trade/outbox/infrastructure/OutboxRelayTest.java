package io.ordercenter.trade.outbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ordercenter.contracts.Topics;
import io.ordercenter.sharding.mybatis.OutboxRow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The relay's ordering rules without Kafka's timing: rows go out in outbox order, only
 * acknowledged rows are marked, and nothing after a refused row is sent in the same round (so a
 * later version of an order can never reach the log before an earlier one).
 */
class OutboxRelayTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private final FakeRows rows = new FakeRows();
    private final ScriptedProducer producer = new ScriptedProducer();
    private final OutboxRelay relay = new OutboxRelay(
            rows,
            null,
            producer,
            new OutboxProperties("unused:9092", 100, null, null, null),
            new SimpleMeterRegistry(),
            Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC));

    private static OutboxRow row(long id, long orderId, long version) {
        return new OutboxRow(
                id,
                eventId(id),
                orderId,
                version,
                Topics.ORDER_EVENTS,
                "{\"orderId\":\"" + orderId + "\",\"version\":" + version + "}",
                T0,
                null);
    }

    private static String eventId(long id) {
        return String.format("00000000-0000-4000-8000-%012d", id);
    }

    @Test
    void rows_go_out_in_outbox_order_keyed_by_order_and_all_acknowledged_ones_are_marked() throws Exception {
        rows.pending.addAll(List.of(row(1, 42, 1), row(2, 7, 1), row(3, 42, 2), row(4, 42, 3)));

        assertThat(relay.relayOnce(2)).isEqualTo(4);

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("42", "7", "42", "42");
        assertThat(producer.history())
                .extracting(r -> new String(r.headers().lastHeader("eventId").value(), StandardCharsets.UTF_8))
                .containsExactly(eventId(1), eventId(2), eventId(3), eventId(4));
        assertThat(rows.marked).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows.markedIn).containsOnly(2);
    }

    @Test
    void a_row_kafka_fails_to_acknowledge_stays_unpublished_with_every_row_after_it() {
        rows.pending.addAll(List.of(row(1, 42, 1), row(2, 42, 2), row(3, 42, 3)));
        producer.failAfterSend.add(eventId(2));

        assertThatThrownBy(() -> relay.relayOnce(0)).isInstanceOf(Exception.class);

        assertThat(rows.marked).containsExactly(1L);
    }

    @Test
    void nothing_after_a_row_refused_at_send_is_sent_in_the_same_round() {
        rows.pending.addAll(List.of(row(1, 42, 1), row(2, 42, 2), row(3, 42, 3), row(4, 9, 1)));
        producer.refuseAtSend.add(eventId(2));

        assertThatThrownBy(() -> relay.relayOnce(0)).isInstanceOf(Exception.class);

        assertThat(producer.history())
                .extracting(r -> new String(r.headers().lastHeader("eventId").value(), StandardCharsets.UTF_8))
                .containsExactly(eventId(1));
        assertThat(rows.marked).containsExactly(1L);
    }

    @Test
    void an_empty_outbox_sends_nothing() throws Exception {
        assertThat(relay.relayOnce(1)).isZero();
        assertThat(producer.history()).isEmpty();
        assertThat(rows.marked).isEmpty();
    }

    private static final class FakeRows implements OutboxRows {
        final List<OutboxRow> pending = new ArrayList<>();
        final List<Long> marked = new ArrayList<>();
        final List<Integer> markedIn = new ArrayList<>();

        @Override
        public List<OutboxRow> unpublished(int database, int limit) {
            return pending.stream().limit(limit).toList();
        }

        @Override
        public void markPublished(int database, List<Long> ids, Instant publishedAt) {
            marked.addAll(ids);
            if (!ids.isEmpty()) {
                markedIn.add(database);
            }
        }
    }

    /**
     * A MockProducer that acknowledges every record at send, except those whose event id is scripted
     * to be refused at send (a failed future at once, as Kafka does without metadata) or to fail
     * after it (a pending future that fails when flushed).
     */
    private static final class ScriptedProducer extends MockProducer<String, byte[]> {
        final Set<String> refuseAtSend = new java.util.HashSet<>();
        final Set<String> failAfterSend = new java.util.HashSet<>();
        private final List<CompletableFuture<RecordMetadata>> failing = new ArrayList<>();

        ScriptedProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            String eventId = new String(record.headers().lastHeader("eventId").value(), StandardCharsets.UTF_8);
            if (refuseAtSend.contains(eventId)) {
                return CompletableFuture.failedFuture(new TimeoutException("no metadata for the topic"));
            }
            if (failAfterSend.contains(eventId)) {
                CompletableFuture<RecordMetadata> pending = new CompletableFuture<>();
                failing.add(pending);
                return pending;
            }
            return super.send(record, callback);
        }

        @Override
        public synchronized void flush() {
            super.flush();
            failing.forEach(f -> f.completeExceptionally(new TimeoutException("not acknowledged")));
        }

        @Override
        public void close(Duration timeout) {}
    }
}
