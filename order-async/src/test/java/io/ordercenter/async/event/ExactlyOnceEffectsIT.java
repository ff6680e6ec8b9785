package io.ordercenter.async.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.push.application.PushProjection;
import io.ordercenter.async.redenvelope.application.RedEnvelopeProjection;
import io.ordercenter.async.stats.application.StatsProjection;
import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.Topics;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.sharding.mybatis.TimelineKinds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A crash between an effect and its offset commit means the same records come again. Simulated by
 * re-reading the order's records from Kafka with a fresh consumer and handing them to the concerns
 * once more: no second notification reaches anyone, no figure moves twice, no second red envelope.
 */
class ExactlyOnceEffectsIT extends AsyncIT {

    @Autowired
    private PushProjection push;

    @Autowired
    private StatsProjection stats;

    @Autowired
    private RedEnvelopeProjection redEnvelopes;

    @Test
    void redelivered_events_after_a_crash_before_the_commit_push_count_and_grant_nothing_twice() {
        long userId = randomUserId();
        long shopId = randomUserId();
        long orderId = newOrderId(userId);
        String id = Long.toString(orderId);
        List<OrderEvent> events = Events.lifecycle(
                id, Long.toString(userId), Long.toString(shopId), Instant.now().minus(Duration.ofMinutes(2)));

        publish(events);

        List<String> expectedPushes = List.of(
                id + "-2-MERCHANT", id + "-2-USER", id + "-3-USER", id + "-4-USER", id + "-5-USER", id + "-6-USER");
        Poll.until(WAIT, "every notification was delivered", () -> STUBS.pushDelivered
                .keySet()
                .containsAll(expectedPushes));
        Poll.until(WAIT, "the stats were applied", () -> "1".equals(stat(userId, "completedCount")));
        Poll.until(WAIT, "the red envelope was granted", () -> STUBS.grants.containsKey("re-" + id));
        Poll.until(
                WAIT,
                "all seven concerns recorded every effect",
                () -> timelineCount(orderId, TimelineKinds.STATE_CHANGED) == 7
                        && timelineCount(orderId, TimelineKinds.SHOP_COPY_UPDATED) == 7
                        && timelineCount(orderId, TimelineKinds.CACHE_EVICTED) == 7
                        && timelineCount(orderId, TimelineKinds.INDEXED) == 7
                        && timelineCount(orderId, TimelineKinds.PUSH_SENT) == 5
                        && timelineCount(orderId, TimelineKinds.STATS_APPLIED) == 3
                        && timelineCount(orderId, TimelineKinds.RED_ENVELOPE_GRANTED) == 1);
        Map<String, String> statsBefore = redis.sync().hgetall(CacheKeys.userStats(Long.toString(userId)));
        int timelineBefore = timelineOf(orderId).size();
        int pushRequestsBefore = pushRequests(id);

        List<ReceivedEvent> redelivered = readBack(id, events.size());
        for (EventHandler concern : List.of(push, stats, redEnvelopes)) {
            redelivered.forEach(concern::handle);
        }

        assertThat(pushRequests(id))
                .as("the same notifications were sent again")
                .isGreaterThan(pushRequestsBefore);
        assertThat(STUBS.pushDelivered.keySet().stream().filter(n -> n.startsWith(id + "-")))
                .as("but each (order, version, recipient) reached its person once")
                .containsExactlyInAnyOrderElementsOf(expectedPushes);
        assertThat(redis.sync().hgetall(CacheKeys.userStats(Long.toString(userId))))
                .isEqualTo(statsBefore)
                .containsEntry("orderCount", "1")
                .containsEntry("completedCount", "1")
                .containsEntry("spentCents", Long.toString(Events.PAYABLE))
                .containsEntry("deliveryFeeWaivedCents", Long.toString(Events.WAIVED));
        assertThat(STUBS.grants.keySet().stream().filter(g -> g.equals("re-" + id)))
                .hasSize(1);
        assertThat(STUBS.grantRequests.get("re-" + id).get()).isGreaterThanOrEqualTo(2);
        assertThat(timelineOf(orderId)).hasSize(timelineBefore);
    }

    private int pushRequests(String orderId) {
        return STUBS.pushRequests.entrySet().stream()
                .filter(e -> e.getKey().startsWith(orderId + "-"))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    private String stat(long userId, String field) {
        Object value = redis.sync().hget(CacheKeys.userStats(Long.toString(userId)), field);
        return value == null ? null : value.toString();
    }

    /** The order's records, read again from its partition by a consumer of a new group. */
    private List<ReceivedEvent> readBack(String orderId, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.endpoints().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-redelivery-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class);
        List<ReceivedEvent> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(Topics.ORDER_EVENTS, partitionOf(orderId));
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (orderId.equals(record.key())) {
                        found.add(codec.decode(record.value()));
                    }
                }
            }
        }
        assertThat(found).hasSize(expected);
        return found;
    }
}
