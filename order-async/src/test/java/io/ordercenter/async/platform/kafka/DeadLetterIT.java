package io.ordercenter.async.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.Topics;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.sharding.mybatis.TimelineKinds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Poison messages go to {@code order-events.dlt} with the error, and the partition keeps moving. */
class DeadLetterIT extends AsyncIT {

    private static final List<String> GROUPS =
            List.of("oc-shop-copy", "oc-search", "oc-cache", "oc-push", "oc-stats", "oc-red-envelope", "oc-timeline");

    private KafkaConsumer<String, byte[]> letters;

    @BeforeEach
    void watchTheDeadLetterTopic() {
        letters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.endpoints().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-dlt-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        List<TopicPartition> partitions = letters.partitionsFor(Topics.ORDER_EVENTS_DLT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        letters.assign(partitions);
        letters.seekToEnd(partitions);
        partitions.forEach(letters::position);
    }

    @AfterEach
    void close() {
        letters.close();
    }

    @Test
    void a_message_that_is_no_event_is_dead_lettered_by_every_concern_and_the_next_event_applied() {
        long userId = randomUserId();
        long shopId = randomUserId();
        long orderId = newOrderId(userId);
        String id = Long.toString(orderId);
        List<OrderEvent> events = Events.lifecycle(id, Long.toString(userId), Long.toString(shopId), Instant.now());

        publishRaw(id, "{\"this is\": not an event".getBytes(StandardCharsets.UTF_8));
        publish(events.subList(0, 1));

        Map<String, Map<String, String>> byGroup = collectLetters(id, Set.copyOf(GROUPS));
        assertThat(byGroup.keySet()).containsExactlyInAnyOrderElementsOf(GROUPS);
        assertThat(byGroup.get("oc-shop-copy"))
                .containsEntry(DeadLetters.EXCEPTION, EventCodec.PoisonEvent.class.getName())
                .containsEntry(DeadLetters.ORIGINAL_TOPIC, Topics.ORDER_EVENTS)
                .containsKey(DeadLetters.REASON);
        Poll.until(
                WAIT,
                "the event after the poison message was applied",
                () -> shopOrders.select(shopId, orderId) != null
                        && timelineCount(orderId, TimelineKinds.STATE_CHANGED) == 1);
    }

    @Test
    void an_event_a_concern_cannot_apply_is_dead_lettered_after_bounded_retries_while_others_apply_it() {
        long userId = randomUserId();
        long orderId = newOrderId(userId);
        String id = Long.toString(orderId);
        OrderEvent placed =
                Events.lifecycle(id, Long.toString(userId), "1", Instant.now()).get(0);
        Map<String, Object> payload = new HashMap<>(placed.payload());
        payload.remove("order");
        OrderEvent withoutSnapshot = new OrderEvent(
                placed.eventId(),
                placed.orderId(),
                placed.userId(),
                placed.shopId(),
                placed.type(),
                placed.fromStatus(),
                placed.toStatus(),
                placed.version(),
                placed.occurredAt(),
                placed.traceId(),
                payload);

        publish(List.of(withoutSnapshot));

        Map<String, Map<String, String>> byGroup =
                collectLetters(id, Set.of("oc-shop-copy", "oc-search", "oc-push", "oc-stats"));
        assertThat(byGroup).containsKey("oc-shop-copy");
        assertThat(byGroup.get("oc-shop-copy"))
                .containsEntry(DeadLetters.ATTEMPTS, "3")
                .hasEntrySatisfying(
                        DeadLetters.REASON, reason -> assertThat(reason).contains("carries no order snapshot"));
        Poll.until(
                WAIT,
                "the timeline, which needs no snapshot, recorded it",
                () -> timelineCount(orderId, TimelineKinds.STATE_CHANGED) == 1);
    }

    /** Dead letters with key {@code key}, by the group that gave up, with their headers, once {@code groups} did. */
    private Map<String, Map<String, String>> collectLetters(String key, Set<String> groups) {
        Map<String, Map<String, String>> byGroup = new ConcurrentHashMap<>();
        Poll.until(WAIT, groups + " dead-lettered " + key, () -> {
            for (ConsumerRecord<String, byte[]> record : letters.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    Map<String, String> headers = new HashMap<>();
                    record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                    byGroup.put(headers.get(DeadLetters.GROUP), headers);
                }
            }
            return byGroup.keySet().containsAll(groups);
        });
        return Map.copyOf(byGroup);
    }
}
