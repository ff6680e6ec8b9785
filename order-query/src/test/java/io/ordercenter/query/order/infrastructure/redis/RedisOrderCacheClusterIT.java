package io.ordercenter.query.order.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.deploy.testkit.RedisClusterEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.platform.redis.OrderCacheEviction;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.ClusterQueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import io.ordercenter.query.order.application.OrderCache;
import io.ordercenter.query.platform.resilience.DependencyGuards;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * order-query on a real Redis Cluster: the cache's one-round-trip lookup (MGET of entry and missing
 * marker), its version floor and missing marker scripts, stats reads, and order reads that go on
 * while the primary holding the order's slot crashes and its replica takes over.
 */
class RedisOrderCacheClusterIT extends ClusterQueryIT {

    private static RedisClusterEndpoints cluster;
    private static RedisClusterClient topologyClient;

    @Autowired
    private RedisConnection redis;

    @Autowired
    private DependencyGuards guards;

    @Autowired
    private JsonMapper json;

    private RedisOrderCache cache;
    private OrderSnapshot order;

    @BeforeAll
    static void topology() {
        cluster = TestStack.redisCluster();
        topologyClient = RedisClusterClient.create(cluster.addresses().stream()
                .map(address -> RedisURI.create("redis://" + address))
                .toList());
    }

    @AfterAll
    static void closeTopology() {
        if (topologyClient != null) {
            topologyClient.shutdown();
        }
    }

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
    void lookups_puts_floors_and_missing_markers_work_on_a_cluster() throws Exception {
        assertThat(cache.lookup(id(order))).isEqualTo(OrderCache.Lookup.MISS);
        cache.put(order);
        assertThat(cache.lookup(id(order))).isEqualTo(OrderCache.Lookup.hit(order));

        // a state change to the next version, evicted as order-trade and order-async do
        new OrderCacheEviction(redis)
                .evict(order.orderId(), order.version() + 1)
                .get(2, TimeUnit.SECONDS);
        assertThat(cache.lookup(id(order))).isEqualTo(OrderCache.Lookup.MISS);
        cache.put(order); // a reader that loaded the old version before the change
        assertThat(cache.lookup(id(order)))
                .as("the floor refuses the old version")
                .isEqualTo(OrderCache.Lookup.MISS);

        long floored = id(order) + 512;
        redis.commands().set(CacheKeys.orderFloor(Long.toString(floored)), "1").get(2, TimeUnit.SECONDS);
        cache.putMissing(floored);
        assertThat(cache.lookup(floored)).isEqualTo(OrderCache.Lookup.MISS);
        long missing = id(order) + 1024;
        cache.putMissing(missing);
        assertThat(cache.lookup(missing)).isEqualTo(OrderCache.Lookup.MISSING);
    }

    @Test
    void an_order_read_through_the_api_is_cached_in_the_cluster_and_stats_are_read_from_it() {
        long userId = Long.parseLong(order.userId());
        // (polled: after another test's failover the redis breaker may still be open for a moment)
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String cached = null;
        while (cached == null && System.nanoTime() < deadline) {
            assertThat(api.get("/api/v1/orders/" + order.orderId(), Tokens.user(userId))
                            .status())
                    .isEqualTo(200);
            cached = data.cached(order);
        }
        assertThat(cached).contains("\"orderId\":\"" + order.orderId() + "\"");

        data.putStats(userId, Map.of("orderCount", "3", "spentCents", "4200"));
        Api.Response stats = api.get("/api/v1/users/" + userId + "/stats", Tokens.user(userId));
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().path("orderCount").asLong()).isEqualTo(3);
        assertThat(stats.body().path("spentCents").asLong()).isEqualTo(4200);
    }

    @Test
    void reads_go_on_while_the_orders_primary_crashes_and_its_replica_takes_over() throws Exception {
        long userId = Long.parseLong(order.userId());
        String path = "/api/v1/orders/" + order.orderId();
        assertThat(api.get(path, Tokens.user(userId)).status()).isEqualTo(200);
        assertThat(data.cached(order)).isNotNull();
        String primary = primaryOf(CacheKeys.order(order.orderId()));

        TestStack.killRedisClusterNode(primary);
        try {
            long killed = System.nanoTime();
            int reads = 0;
            boolean cachedAgain = false;
            while (!cachedAgain) {
                Duration since = Duration.ofNanos(System.nanoTime() - killed);
                assertThat(since)
                        .as("the replica takes over and the cache is used again")
                        .isLessThan(Duration.ofSeconds(40));
                Api.Response response = api.get(path, Tokens.user(userId));
                reads++;
                assertThat(response.status())
                        .as("read %d, %d ms after the crash", reads, since.toMillis())
                        .isEqualTo(200);
                assertThat(response.body().path("orderId").asString()).isEqualTo(order.orderId());
                assertThat(response.took()).isLessThan(Duration.ofSeconds(2));
                if (since.compareTo(Duration.ofSeconds(2)) > 0) {
                    cachedAgain = cachedNow(response);
                }
                Thread.sleep(50);
            }
            System.out.printf(
                    "%d reads answered 200 while %s crashed and its replica took over; cache in use again after %d ms%n",
                    reads, primary, Duration.ofNanos(System.nanoTime() - killed).toMillis());
            assertThat(primaryOf(CacheKeys.order(order.orderId()))).isNotEqualTo(primary);

            data.change(order, b -> b.status(OrderStatus.ACCEPTED).acceptedAt(Instant.now()));
            new OrderCacheEviction(redis)
                    .evict(order.orderId(), order.version() + 1)
                    .get(2, TimeUnit.SECONDS);
            assertThat(api.get(path, Tokens.user(userId)).body().path("status").asString())
                    .isEqualTo("ACCEPTED");
        } finally {
            TestStack.startRedisClusterNode(primary);
        }
    }

    /** The cache holds the order again (written after the failover, by the read just made). */
    private boolean cachedNow(Api.Response response) {
        try {
            return redis.commands().exists(CacheKeys.order(order.orderId())).get(1, TimeUnit.SECONDS) == 1;
        } catch (Exception stillFailingOver) {
            return false;
        }
    }

    private static String primaryOf(String key) {
        topologyClient.refreshPartitions(); // the cluster's view now, not the one of the first connect
        int port = topologyClient
                .getPartitions()
                .getMasterBySlot(SlotHash.getSlot(key))
                .getUri()
                .getPort();
        return cluster.nodeOnPort(port).orElseThrow();
    }

    private static long id(OrderSnapshot order) {
        return Long.parseLong(order.orderId());
    }
}
