package io.ordercenter.async.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.projection.infrastructure.redis.RedisOrderCache;
import io.ordercenter.async.stats.domain.StatsDelta;
import io.ordercenter.async.stats.infrastructure.redis.RedisUserStatistics;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.deploy.testkit.RedisClusterEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.platform.redis.OrderCacheEviction;
import io.ordercenter.platform.redis.RedisConfiguration;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.platform.resilience.DependencyGuards;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * order-async's Redis adapters (user stats applied once per event, the cache eviction with its
 * version floor) on a real Redis Cluster through the services' own connection (cluster client),
 * including a primary that crashes and its replica that takes over.
 */
class RedisClusterStatsAndEvictionIT {

    private static final StatsDelta PLACED = new StatsDelta(1, 0, 0, 0, 0);

    private static RedisClusterEndpoints cluster;
    private static ConfigurableApplicationContext context;
    private static RedisConnection redis;
    private static DependencyGuards guards;
    private static RedisUserStatistics stats;
    private static RedisOrderCache cache;
    private static RedisClusterClient topologyClient;

    @BeforeAll
    static void connect() {
        cluster = TestStack.redisCluster();
        context = new SpringApplicationBuilder(RedisConfiguration.class)
                .web(WebApplicationType.NONE)
                // arguments, which outrank the module's application.yml (default properties would not)
                .run("--ordercenter.redis.nodes=" + cluster.seeds(), "--ordercenter.redis.cluster=true");
        redis = context.getBean(RedisConnection.class);
        // the connection opens in the background (a service starts while Redis is away): wait for it
        Poll.until(Duration.ofSeconds(30), "the cluster connection", () -> {
            try {
                return "PONG".equals(redis.sync().ping());
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        guards = new DependencyGuards(
                ThreadPoolBulkheadRegistry.ofDefaults(),
                TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                        .timeoutDuration(Duration.ofSeconds(3))
                        .build()),
                CircuitBreakerRegistry.ofDefaults());
        DependencyGuard guard = guards.guard("redis");
        stats = new RedisUserStatistics(redis, guard, Duration.ofHours(1));
        cache = new RedisOrderCache(new OrderCacheEviction(redis), guard);
        topologyClient = RedisClusterClient.create(cluster.addresses().stream()
                .map(address -> RedisURI.create("redis://" + address))
                .toList());
    }

    @AfterAll
    static void close() {
        if (topologyClient != null) {
            topologyClient.shutdown();
        }
        if (guards != null) {
            guards.close();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void an_event_counts_once_in_the_users_stats_on_a_cluster() {
        String user = freshId();
        assertThat(stats.apply(user, "1", 1, PLACED)).isTrue();
        assertThat(stats.apply(user, "1", 1, PLACED)).as("a redelivery").isFalse();
        assertThat(stats.apply(user, "1", 2, new StatsDelta(0, 1, 0, 0, 1200))).isTrue();
        assertThat(stats.apply(user, "2", 1, PLACED)).isTrue();

        Map<String, String> figures = redis.sync().hgetall(CacheKeys.userStats(user));
        assertThat(figures)
                .containsEntry("orderCount", "2")
                .containsEntry("completedCount", "1")
                .containsEntry("spentCents", "1200");
    }

    @Test
    void an_eviction_drops_the_entry_and_its_marker_and_only_raises_the_floor() {
        String order = freshId();
        redis.sync().set(CacheKeys.order(order), "{\"version\":4}");
        redis.sync().set(CacheKeys.missingOrder(order), "1");

        cache.evict(order, 5);
        assertThat(redis.sync().exists(CacheKeys.order(order), CacheKeys.missingOrder(order)))
                .isZero();
        assertThat(redis.sync().get(CacheKeys.orderFloor(order))).isEqualTo("5");

        cache.evict(order, 3); // a late, older event
        assertThat(redis.sync().get(CacheKeys.orderFloor(order))).isEqualTo("5");
        assertThat(redis.sync().pttl(CacheKeys.orderFloor(order))).isPositive();
    }

    @Test
    void stats_and_evictions_go_on_after_a_primary_crashes_and_no_event_counts_twice() throws Exception {
        String user = freshId();
        assertThat(stats.apply(user, "1", 1, PLACED)).isTrue();
        String primary = primaryOf(CacheKeys.userStats(user));
        awaitReplicated(primary);

        TestStack.killRedisClusterNode(primary);
        try {
            long killed = System.nanoTime();
            int failedAttempts = 0;
            int order = 100;
            boolean applied = false;
            while (!applied) {
                assertThat(Duration.ofNanos(System.nanoTime() - killed))
                        .as("the replica takes over")
                        .isLessThan(Duration.ofSeconds(30));
                try {
                    applied = stats.apply(user, Integer.toString(order++), 1, PLACED);
                } catch (RuntimeException unavailable) {
                    failedAttempts++;
                    Thread.sleep(100);
                }
            }
            System.out.printf(
                    "stats were written again %d ms after %s crashed (%d attempts refused meanwhile)%n",
                    Duration.ofNanos(System.nanoTime() - killed).toMillis(), primary, failedAttempts);
            assertThat(primaryOf(CacheKeys.userStats(user))).isNotEqualTo(primary);

            assertThat(stats.apply(user, "1", 1, PLACED))
                    .as("the marker written before the crash was replicated: a redelivery still counts once")
                    .isFalse();
            long before = Long.parseLong(redis.sync().hget(CacheKeys.userStats(user), "orderCount"));
            for (int i = 0; i < 5; i++) {
                assertThat(stats.apply(user, "new-" + i, 1, PLACED)).isTrue();
                assertThat(stats.apply(user, "new-" + i, 1, PLACED)).isFalse();
            }
            assertThat(redis.sync().hget(CacheKeys.userStats(user), "orderCount"))
                    .isEqualTo(Long.toString(before + 5));

            String evicted = freshId();
            cache.evict(evicted, 9);
            assertThat(redis.sync().get(CacheKeys.orderFloor(evicted))).isEqualTo("9");
        } finally {
            TestStack.startRedisClusterNode(primary);
        }
    }

    /** The node name of the primary that holds {@code key}'s slot now. */
    private static String primaryOf(String key) {
        topologyClient.refreshPartitions(); // the cluster's view now, not the one of the first connect
        int port = topologyClient
                .getPartitions()
                .getMasterBySlot(SlotHash.getSlot(key))
                .getUri()
                .getPort();
        return cluster.nodeOnPort(port).orElseThrow();
    }

    /** Blocks until the primary's replica has every write so far (WAIT), so a crash loses none of them. */
    private static void awaitReplicated(String primary) {
        String address = cluster.nodes().get(primary);
        try (StatefulRedisClusterConnection<String, String> connection = topologyClient.connect()) {
            String[] hostPort = address.split(":");
            Long replicas = connection
                    .getConnection(hostPort[0], Integer.parseInt(hostPort[1]))
                    .sync()
                    .waitForReplication(1, 5_000);
            assertThat(replicas)
                    .as("replicas of " + primary + " that have every write")
                    .isEqualTo(1L);
        }
    }

    private static String freshId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }
}
