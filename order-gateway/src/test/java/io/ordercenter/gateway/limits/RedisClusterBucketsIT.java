package io.ordercenter.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.Role;
import io.ordercenter.platform.ratelimit.RateLimitProperties;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link RedisBuckets} on a real three-primary Redis Cluster through Lettuce's cluster client, as
 * with {@code OC_REDIS_CLUSTER=true}: two instances (two gateways) share every caller's bucket,
 * whichever node the caller's slot is on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisClusterBucketsIT {

    private static final int BURST = 5;
    private static final RateLimitProperties LIMITS = new RateLimitProperties(true, 0.001, BURST, 0.001, 8, 1000);
    private static final CallbackRateLimitProperties CALLBACK = new CallbackRateLimitProperties(0.001, 3);

    private RedisClusterNodes cluster;
    private RedisBuckets first;
    private RedisBuckets second;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = RedisClusterNodes.start(3);
        // one seed node is enough: the cluster client learns the others from it
        RedisProperties redis = new RedisProperties(List.of(cluster.nodes().get(0)), true, Duration.ofSeconds(2));
        first = new RedisBuckets(redis, LIMITS, CALLBACK);
        second = new RedisBuckets(redis, LIMITS, CALLBACK);
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (first != null) {
            first.destroy();
            second.destroy();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void two_instances_share_each_callers_bucket_on_whichever_node_it_lives() {
        Set<Integer> owners = new HashSet<>();
        for (int c = 0; c < 12; c++) {
            LimitKey key = LimitKey.of(new Caller("u-" + UUID.randomUUID(), Set.of(Role.USER), Optional.empty()))
                    .orElseThrow();
            owners.add(cluster.ownerOf(key.redisKey()));
            List<Boolean> allowed = new ArrayList<>();
            for (int i = 0; i < BURST + 3; i++) {
                allowed.add((i % 2 == 0 ? first : second).take(key).allowed());
            }
            assertThat(allowed).containsExactly(true, true, true, true, true, false, false, false);
        }
        assertThat(owners).as("nodes holding the buckets").hasSizeGreaterThan(1);
    }

    @Test
    void a_refusal_says_when_the_next_token_is_there() {
        LimitKey key = LimitKey.ofCallback("10.0.0." + (int) (Math.random() * 250));
        for (int i = 0; i < 3; i++) {
            assertThat(first.take(key).allowed()).isTrue();
        }

        RedisBuckets.Verdict refused = second.take(key);

        assertThat(refused.allowed()).isFalse();
        // 0.001 tokens a second: the next one is about 1000 s away
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(900), Duration.ofSeconds(1001));
    }

    @Test
    void without_a_reachable_redis_a_check_fails_fast_instead_of_hanging() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        RedisBuckets unreachable = new RedisBuckets(
                new RedisProperties(List.of("127.0.0.1:" + closed), false, Duration.ofMillis(300)), LIMITS, CALLBACK);
        LimitKey key = LimitKey.ofCallback("10.9.9.9");

        long start = System.nanoTime();
        assertThatThrownBy(() -> unreachable.take(key)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> unreachable.take(key)).isInstanceOf(RuntimeException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        unreachable.destroy();
    }
}
