package io.ordercenter.gateway.it;

import static io.ordercenter.gateway.it.GatewayIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two gateway instances over the test stack's real Redis spend from the same buckets: together they
 * allow a caller one quota, not one each. Refill is set so slow here that only the burst counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetRateLimitIT {

    private static final int BURST = 5;
    private static final int SUPPORT_BURST = 8;
    private static final int CALLBACK_BURST = 3;
    private static final String CALLBACK_KEY = "oc:gw:rl:{callback:127.0.0.1}";

    private final Backend trade = Backend.start("trade");
    private final Backend query = Backend.start("query");
    private final Backend async = Backend.start("async");
    private Gateway first;
    private Gateway second;
    private RedisClient redisClient;
    private StatefulRedisConnection<String, String> redis;

    @BeforeAll
    void start() {
        Map<String, String> limits = Map.of(
                "ordercenter.rate-limit.per-second",
                "0.001",
                "ordercenter.rate-limit.burst",
                Integer.toString(BURST),
                "ordercenter.rate-limit.support-per-second",
                "0.001",
                "ordercenter.rate-limit.support-burst",
                Integer.toString(SUPPORT_BURST),
                "ordercenter.gateway.callback-rate-limit.per-second",
                "0.001",
                "ordercenter.gateway.callback-rate-limit.burst",
                Integer.toString(CALLBACK_BURST));
        first = Gateway.start(List.of(trade), List.of(query), List.of(async), limits);
        second = Gateway.start(List.of(trade), List.of(query), List.of(async), limits);
        StackEndpoints stack = TestStack.endpoints();
        redisClient = RedisClient.create("redis://" + stack.redisHost() + ":" + stack.redisPort());
        redis = redisClient.connect();
    }

    @AfterAll
    void stop() {
        if (redis != null) {
            // the callback bucket is per address, 127.0.0.1 for every test gateway: leave none behind
            // with this class's tiny limits for the next class on the same stack
            redis.sync().del(CALLBACK_KEY);
            redis.close();
            redisClient.shutdown();
        }
        for (Gateway gateway : new Gateway[] {first, second}) {
            if (gateway != null) {
                gateway.close();
            }
        }
        List.of(trade, query, async).forEach(Backend::close);
    }

    @Test
    void two_gateways_together_allow_a_caller_one_quota() {
        String subject = "u-" + UUID.randomUUID();
        String token = Gateway.token(subject, "USER");

        List<HttpResponse<String>> responses = alternately(10, gateway -> gateway.get("/api/v1/orders/1", token));

        assertThat(statuses(responses)).containsExactly(200, 200, 200, 200, 200, 429, 429, 429, 429, 429);
        HttpResponse<String> refused = responses.get(BURST);
        assertProblem(refused, 429, "RATE_LIMITED");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
        assertThat(redis.sync().exists("oc:gw:rl:{caller:" + subject + "}")).isEqualTo(1L);
        assertThat(redis.sync().pttl("oc:gw:rl:{caller:" + subject + "}")).isPositive();
    }

    @Test
    void one_callers_spent_quota_leaves_another_caller_untouched() {
        String spent = Gateway.token("u-" + UUID.randomUUID(), "USER");
        alternately(BURST + 1, gateway -> gateway.get("/api/v1/orders/1", spent));

        String other = Gateway.token("u-" + UUID.randomUUID(), "USER");
        assertThat(statuses(alternately(2, gateway -> gateway.get("/api/v1/orders/1", other))))
                .containsExactly(200, 200);
    }

    @Test
    void support_staff_have_their_own_higher_limit() {
        String token = Gateway.token("s-" + UUID.randomUUID(), "SUPPORT");

        List<Integer> statuses =
                statuses(alternately(SUPPORT_BURST + 2, gateway -> gateway.get("/api/v1/search/orders", token)));

        assertThat(statuses.subList(0, SUPPORT_BURST)).containsOnly(200);
        assertThat(statuses.subList(SUPPORT_BURST, SUPPORT_BURST + 2)).containsOnly(429);
    }

    @Test
    void system_callers_are_never_limited() {
        String token = Gateway.token("order-async", "SYSTEM");

        assertThat(statuses(alternately(3 * SUPPORT_BURST, gateway -> gateway.get("/api/v1/orders/1", token))))
                .containsOnly(200);
    }

    @Test
    void the_payment_callback_is_limited_per_client_address_across_the_fleet() {
        redis.sync().del(CALLBACK_KEY);

        List<HttpResponse<String>> responses = alternately(
                CALLBACK_BURST + 2, gateway -> gateway.post("/api/v1/payments/callback", null, "{}", Map.of()));

        assertThat(statuses(responses)).containsExactly(200, 200, 200, 429, 429);
        assertProblem(responses.get(CALLBACK_BURST), 429, "RATE_LIMITED");
    }

    private List<HttpResponse<String>> alternately(int count, Function<Gateway, HttpResponse<String>> call) {
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(call.apply(i % 2 == 0 ? first : second));
        }
        return responses;
    }

    private static List<Integer> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().map(HttpResponse::statusCode).toList();
    }
}
