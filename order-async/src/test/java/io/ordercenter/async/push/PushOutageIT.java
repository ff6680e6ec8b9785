package io.ordercenter.async.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.sharding.mybatis.OrderRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The push service down never blocks the other concerns (each has its own consumer group); the
 * notifications follow, once each, when it is back.
 */
class PushOutageIT extends AsyncIT {

    @Test
    void other_concerns_keep_going_while_push_is_down_and_notifications_follow_once_it_is_back() {
        long userId = randomUserId();
        long shopId = randomUserId();
        long orderId = newOrderId(userId);
        String id = Long.toString(orderId);
        List<OrderEvent> events = Events.lifecycle(id, Long.toString(userId), Long.toString(shopId), Instant.now());
        double retriedBefore = counter("ordercenter.async.events", "concern", "push", "outcome", "retried");

        STUBS.pushDown(true);
        try {
            publish(events.subList(0, 3));

            Poll.until(
                    WAIT,
                    "push is retrying",
                    () -> counter("ordercenter.async.events", "concern", "push", "outcome", "retried") > retriedBefore);
            Poll.until(WAIT, "the shop copy and the stats moved on without push", () -> {
                OrderRow shop = shopOrders.select(shopId, orderId);
                Object spent = redis.sync().hget(CacheKeys.userStats(Long.toString(userId)), "spentCents");
                return shop != null && shop.version() == 3 && spent != null;
            });
            assertThat(STUBS.pushDelivered).doesNotContainKey(id + "-2-USER");
        } finally {
            STUBS.pushDown(false);
        }

        Poll.until(WAIT, "the notifications were delivered", () -> STUBS.pushDelivered
                .keySet()
                .containsAll(List.of(id + "-2-MERCHANT", id + "-2-USER", id + "-3-USER")));
        assertThat(STUBS.pushDelivered.keySet().stream().filter(n -> n.startsWith(id + "-")))
                .hasSize(3);
    }
}
