package io.ordercenter.async.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.TimelineKinds;
import io.ordercenter.sharding.mybatis.TimelineRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shop copy, search index, cache and timeline from real events on the real topic: duplicates and
 * out-of-order delivery leave every projection at the newest version, each state change once in the
 * timeline.
 */
class ProjectionsIT extends AsyncIT {

    @Test
    void duplicated_and_reordered_events_leave_every_projection_at_the_newest_version() {
        long userId = randomUserId();
        long shopId = randomUserId();
        long orderId = newOrderId(userId);
        String id = Long.toString(orderId);
        List<OrderEvent> events = Events.lifecycle(id, Long.toString(userId), Long.toString(shopId), Instant.now());
        redis.sync().set(CacheKeys.order(id), "{\"stale\":true}");
        redis.sync().set(CacheKeys.missingOrder(id), "1");

        // v1 v3 v2 v3 v1 v4 v2 v4: duplicates, and v2 after v3
        publish(List.of(
                events.get(0),
                events.get(2),
                events.get(1),
                events.get(2),
                events.get(0),
                events.get(3),
                events.get(1),
                events.get(3)));

        Poll.until(WAIT, "the shop copy is at v4", () -> shopCopy(shopId, orderId)
                .map(row -> row.version() == 4)
                .orElse(false));
        Poll.until(WAIT, "the search document is at v4", () -> searchDocument(id)
                .map(doc -> ((Number) doc.get("version")).longValue() == 4)
                .orElse(false));
        Poll.until(
                WAIT,
                "every state change is in the timeline",
                () -> timelineCount(orderId, TimelineKinds.STATE_CHANGED) == 4);
        Poll.until(WAIT, "the cache entry is evicted", () -> timelineCount(orderId, TimelineKinds.CACHE_EVICTED) == 4);

        OrderRow shop = shopCopy(shopId, orderId).orElseThrow();
        assertThat(shop.status()).isEqualTo(OrderStatus.READY);
        assertThat(shop.payableCents()).isEqualTo(Events.PAYABLE);
        assertThat(shop.phone()).isEqualTo("13812341001");
        Map<String, Object> document = searchDocument(id).orElseThrow();
        assertThat(document)
                .containsEntry("status", "READY")
                .containsEntry("userId", Long.toString(userId))
                .containsEntry("shopId", Long.toString(shopId))
                .containsEntry("phone", "13812341001");
        assertThat(redis.sync().exists(CacheKeys.order(id))).isZero();
        assertThat(redis.sync().exists(CacheKeys.missingOrder(id))).isZero();
        assertThat(redis.sync().get(CacheKeys.orderFloor(id)))
                .as("the floor is the newest version evicted for, whatever the order events came in")
                .isEqualTo("4");

        List<TimelineRow> changes = timelineOf(orderId).stream()
                .filter(e -> e.kind().equals(TimelineKinds.STATE_CHANGED))
                .toList();
        assertThat(changes).extracting(TimelineRow::version).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(changes).allSatisfy(entry -> {
            assertThat(entry.service()).isEqualTo("order-trade");
            assertThat(entry.traceId()).isEqualTo("trace-" + id + "-" + entry.version());
        });
        Poll.until(
                WAIT,
                "the shop copy's own entries are in",
                () -> timelineCount(orderId, TimelineKinds.SHOP_COPY_UPDATED) == 4);
        assertThat(timelineOf(orderId))
                .filteredOn(e -> e.kind().equals(TimelineKinds.SHOP_COPY_UPDATED))
                .allSatisfy(e -> assertThat(e.service()).isEqualTo("order-async"));
    }

    @Test
    void events_arriving_newest_first_never_take_a_projection_back() {
        long userId = randomUserId();
        long shopId = randomUserId();
        long orderId = newOrderId(userId);
        String id = Long.toString(orderId);
        List<OrderEvent> events = Events.lifecycle(id, Long.toString(userId), Long.toString(shopId), Instant.now());

        publish(List.of(events.get(2), events.get(1), events.get(0)));

        Poll.until(
                WAIT,
                "all three events were projected",
                () -> timelineCount(orderId, TimelineKinds.SHOP_COPY_UPDATED) == 3
                        && timelineCount(orderId, TimelineKinds.INDEXED) == 3);
        assertThat(shopCopy(shopId, orderId)).hasValueSatisfying(row -> {
            assertThat(row.version()).isEqualTo(3);
            assertThat(row.status()).isEqualTo(OrderStatus.ACCEPTED);
        });
        assertThat(searchDocument(id))
                .hasValueSatisfying(doc ->
                        assertThat(doc).containsEntry("status", "ACCEPTED").containsEntry("version", 3));
    }

    private Optional<OrderRow> shopCopy(long shopId, long orderId) {
        return Optional.ofNullable(shopOrders.select(shopId, orderId));
    }
}
