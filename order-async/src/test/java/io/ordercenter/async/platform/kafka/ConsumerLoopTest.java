package io.ordercenter.async.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ordercenter.async.event.application.BatchEventHandler;
import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.failure.Transient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The consumer loops' promises: commit only after the effect, retry transient failures, dead-letter poison. */
class ConsumerLoopTest {

    private static final String TOPIC = "order-events";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);

    private final EventCodec codec = new EventCodec();
    private final ReplayingConsumer consumer = new ReplayingConsumer();
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final DeadLetters deadLetters =
            new DeadLetters(producer, "order-events.dlt", Duration.ofSeconds(1), Clock.systemUTC());
    private final LoopSettings settings = new LoopSettings(
            TOPIC,
            "oc-test",
            Duration.ofMillis(20),
            3,
            Duration.ofMillis(10),
            Duration.ofMillis(40),
            3,
            Duration.ofMillis(50));
    private final List<OrderEvent> events = Events.lifecycle("9001", "11", "22", Instant.now());
    private ConsumerLoop loop;
    private Thread thread;

    @AfterEach
    void stop() throws InterruptedException {
        if (loop != null) {
            loop.stop();
            thread.join(5_000);
        }
    }

    @Test
    void a_transient_failure_holds_the_partition_until_the_dependency_is_back() {
        AtomicBoolean down = new AtomicBoolean(true);
        List<Long> applied = new CopyOnWriteArrayList<>();
        start(handler(event -> {
            if (event.version() == 2 && down.get()) {
                throw Transient.dependencyUnavailable("redis", null);
            }
            applied.add(event.version());
        }));
        feed(0, 1, 2);

        await(() -> applied.contains(1L));
        await(() -> committed() == 1);
        assertThat(applied).containsExactly(1L);

        down.set(false);
        await(() -> committed() == 3);
        assertThat(applied).containsExactly(1L, 2L, 3L);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void a_poison_event_is_dead_lettered_after_bounded_retries_and_the_partition_moves_on() {
        AtomicInteger attempts = new AtomicInteger();
        List<Long> applied = new CopyOnWriteArrayList<>();
        start(handler(event -> {
            if (event.version() == 2) {
                attempts.incrementAndGet();
                throw new IllegalStateException("cannot apply v2");
            }
            applied.add(event.version());
        }));
        feed(0, 1, 2);

        await(() -> committed() == 3);
        assertThat(attempts).hasValue(3);
        assertThat(applied).containsExactly(1L, 3L);
        ProducerRecord<String, byte[]> letter = producer.history().get(0);
        assertThat(producer.history()).hasSize(1);
        assertThat(letter.key()).isEqualTo("9001");
        assertThat(header(letter, DeadLetters.REASON)).isEqualTo("cannot apply v2");
        assertThat(header(letter, DeadLetters.ATTEMPTS)).isEqualTo("3");
        assertThat(header(letter, DeadLetters.ORIGINAL_OFFSET)).isEqualTo("1");
        assertThat(header(letter, DeadLetters.GROUP)).isEqualTo("oc-test");
    }

    @Test
    void a_message_that_is_no_event_is_dead_lettered_at_once() {
        List<Long> applied = new CopyOnWriteArrayList<>();
        start(handler(event -> applied.add(event.version())));
        consumer.schedulePollTask(() -> {
            assign();
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "9001", "{broken".getBytes(StandardCharsets.UTF_8)));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, "9001", codec.encode(events.get(0))));
        });

        await(() -> committed() == 2);
        assertThat(applied).containsExactly(1L);
        assertThat(producer.history()).singleElement().satisfies(letter -> assertThat(
                        header(letter, DeadLetters.EXCEPTION))
                .isEqualTo(EventCodec.PoisonEvent.class.getName()));
    }

    @Test
    void a_batch_waits_for_its_dependency_with_the_partition_paused_and_commits_once_through() {
        AtomicBoolean down = new AtomicBoolean(true);
        List<List<Long>> batches = new CopyOnWriteArrayList<>();
        startBatch(batch -> {
            if (down.get()) {
                throw Transient.dependencyUnavailable("elasticsearch", null);
            }
            batches.add(batch.stream().map(ReceivedEvent::version).toList());
            return List.of();
        });
        feed(0, 1, 2);

        await(() -> consumer.paused().contains(P0));
        assertThat(committed()).isZero();

        down.set(false);
        await(() -> committed() == 3);
        assertThat(batches).containsExactly(List.of(1L, 2L, 3L));
        await(() -> consumer.paused().isEmpty());
    }

    @Test
    void an_event_the_batch_rejects_is_dead_lettered_and_the_rest_applied() {
        startBatch(batch -> batch.stream()
                .filter(e -> e.version() == 2)
                .map(e -> new BatchEventHandler.Rejected(e, "mapping refuses it"))
                .toList());
        feed(0, 1, 2);

        await(() -> committed() == 3);
        assertThat(producer.history()).singleElement().satisfies(letter -> assertThat(
                        header(letter, DeadLetters.REASON))
                .isEqualTo("mapping refuses it"));
    }

    private void start(EventHandler handler) {
        loop = new RecordConsumerLoop(handler, consumer, settings, codec, deadLetters, metrics(), Clock.systemUTC());
        thread = new Thread(loop);
        thread.start();
    }

    private void startBatch(java.util.function.Function<List<ReceivedEvent>, List<BatchEventHandler.Rejected>> apply) {
        BatchEventHandler handler = new BatchEventHandler() {
            @Override
            public String concern() {
                return "test";
            }

            @Override
            public List<Rejected> handle(List<ReceivedEvent> batch) {
                return apply.apply(batch);
            }
        };
        loop = new BatchConsumerLoop(handler, consumer, settings, codec, deadLetters, metrics(), Clock.systemUTC());
        thread = new Thread(loop);
        thread.start();
    }

    private ConsumerMetrics metrics() {
        return new ConsumerMetrics(new SimpleMeterRegistry(), "test", "oc-test", 0, Clock.systemUTC());
    }

    private static EventHandler handler(java.util.function.Consumer<ReceivedEvent> apply) {
        return new EventHandler() {
            @Override
            public String concern() {
                return "test";
            }

            @Override
            public void handle(ReceivedEvent event) {
                apply.accept(event);
            }
        };
    }

    /** Feeds the events at {@code indexes} of the lifecycle to partition 0, at offsets 0, 1, ... */
    private void feed(int... indexes) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            records.add(new ConsumerRecord<>(TOPIC, 0, i, "9001", codec.encode(events.get(indexes[i]))));
        }
        consumer.schedulePollTask(() -> {
            assign();
            records.forEach(consumer::addRecord);
        });
    }

    private void assign() {
        consumer.rebalance(List.of(P0));
        consumer.updateBeginningOffsets(Map.of(P0, 0L));
        consumer.seek(P0, 0);
    }

    private long committed() {
        OffsetAndMetadata offset = consumer.committed(Set.of(P0)).get(P0);
        return offset == null ? 0 : offset.offset();
    }

    private static String header(ProducerRecord<String, byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
