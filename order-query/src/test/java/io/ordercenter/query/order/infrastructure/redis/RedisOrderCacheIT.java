package io.ordercenter.query.order.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.order.application.OrderCache;
import io.ordercenter.query.platform.resilience.DependencyGuards;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The order cache adapter against the real Redis: one-round-trip lookups, version-guarded writes, TTLs. */
class RedisOrderCacheIT extends QueryIT {

    @Autowired
    private RedisConnection redis;

    @Autowired
    private DependencyGuards guards;

    @Autowired
    private JsonMapper json;

    private RedisOrderCache cache;
    private OrderSnapshot order;

    @BeforeEach
    void cache() {
        cache = new RedisOrderCache(
                redis,
                guards.nonBlocking("redis", "cache"),
                json,
                new OrderCacheProperties(Duration.ofMinutes(10), Duration.ofSeconds(10), 0.1));
        order = data.place(TestData.freshId(), TestData.freshId(), Instant.now());
    }

    @Test
    void a_cached_order_is_a_hit_with_the_same_order() {
        assertThat(cache.lookup(id(order))).isEqualTo(OrderCache.Lookup.MISS);
        cache.put(order);
        assertThat(cache.lookup(id(order))).isEqualTo(OrderCache.Lookup.hit(order));
        assertThat(ttl(CacheKeys.order(order.orderId()))).isBetween(539L, 660L);
    }

    @Test
    void an_older_version_never_replaces_a_newer_one() {
        OrderSnapshot newer = withVersion(order, 7, OrderStatus.DELIVERED);
        cache.put(newer);
        cache.put(withVersion(order, 6, OrderStatus.READY));
        assertThat(cache.lookup(id(order)).order()).isEqualTo(newer);
        OrderSnapshot newest = withVersion(order, 8, OrderStatus.COMPLETED);
        cache.put(newest);
        assertThat(cache.lookup(id(order)).order()).isEqualTo(newest);
    }

    @Test
    void a_version_loaded_before_an_eviction_is_not_cached_after_it() throws Exception {
        // order-async evicted the cache for v2 (it raised the floor) while a reader still held v1
        redis.commands().set(CacheKeys.orderFloor(order.orderId()), "2").get(2, TimeUnit.SECONDS);

        cache.put(withVersion(order, 1, OrderStatus.CREATED));
        assertThat(cache.lookup(id(order))).isEqualTo(OrderCache.Lookup.MISS);

        OrderSnapshot paid = withVersion(order, 2, OrderStatus.PAID);
        cache.put(paid);
        assertThat(cache.lookup(id(order)).order()).isEqualTo(paid);
    }

    @Test
    void missing_is_not_cached_for_an_order_that_has_a_floor() throws Exception {
        long placedMeanwhile = id(order) + 256;
        redis.commands()
                .set(CacheKeys.orderFloor(Long.toString(placedMeanwhile)), "1")
                .get(2, TimeUnit.SECONDS);

        cache.putMissing(placedMeanwhile);

        assertThat(cache.lookup(placedMeanwhile)).isEqualTo(OrderCache.Lookup.MISS);
    }

    @Test
    void a_missing_marker_lives_for_the_missing_ttl() {
        long missing = id(order) + 128;
        cache.putMissing(missing);
        assertThat(cache.lookup(missing)).isEqualTo(OrderCache.Lookup.MISSING);
        assertThat(ttl(CacheKeys.missingOrder(Long.toString(missing)))).isBetween(1L, 10L);
    }

    @Test
    void an_unreadable_entry_is_a_miss_and_extra_fields_are_ignored() throws Exception {
        redis.commands().set(CacheKeys.order(order.orderId()), "{not json").get(2, TimeUnit.SECONDS);
        assertThat(cache.lookup(id(order))).isEqualTo(OrderCache.Lookup.MISS);

        String withExtra = json.writeValueAsString(order).replaceFirst("\\{", "{\"addedLater\":[1,2],");
        redis.commands().set(CacheKeys.order(order.orderId()), withExtra).get(2, TimeUnit.SECONDS);
        assertThat(cache.lookup(id(order)).order()).isEqualTo(order);
    }

    private long ttl(String key) {
        try {
            return redis.commands().ttl(key).get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long id(OrderSnapshot order) {
        return Long.parseLong(order.orderId());
    }

    private static OrderSnapshot withVersion(OrderSnapshot o, long version, OrderStatus status) {
        return new OrderSnapshot(
                o.orderId(),
                o.userId(),
                o.shopId(),
                o.riderId(),
                status,
                List.copyOf(o.items()),
                o.goodsCents(),
                o.deliveryFeeCents(),
                o.deliveryFeeWaivedCents(),
                o.discountCents(),
                o.payableCents(),
                o.couponId(),
                o.address(),
                o.remark(),
                o.createdAt(),
                o.paidAt(),
                o.acceptedAt(),
                o.readyAt(),
                o.pickedUpAt(),
                o.deliveredAt(),
                o.completedAt(),
                o.cancelledAt(),
                o.cancelReason(),
                o.refund(),
                version);
    }
}
