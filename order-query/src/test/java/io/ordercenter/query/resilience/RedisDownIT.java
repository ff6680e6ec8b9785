package io.ordercenter.query.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Redis stopped: reads by id come from the database and stay right; stats answer 503; then back to the cache. */
@Order(Integer.MAX_VALUE - 2)
class RedisDownIT extends QueryIT {

    private final long userId = TestData.freshId();
    private final long shopId = TestData.freshId();

    @Test
    void with_redis_stopped_orders_are_read_from_the_database_and_the_answers_stay_correct() throws Exception {
        OrderSnapshot earlier = data.place(userId, shopId, Instant.now().minusSeconds(120));
        assertThat(get(earlier, Tokens.user(userId)).status()).isEqualTo(200);
        assertThat(data.cached(earlier)).isNotNull();
        // changed while the cache still holds the old version (its eviction is order-async's job)
        data.change(earlier, b -> b.status(OrderStatus.ACCEPTED).acceptedAt(Instant.now()));
        data.evict(earlier);

        TestStack.stop(TestStack.Server.REDIS);
        OrderSnapshot during;
        try {
            JsonNode read = body(get(earlier, Tokens.user(userId)));
            assertThat(read.path("status").asString()).isEqualTo("ACCEPTED");
            assertThat(read.path("version").asLong()).isEqualTo(3);
            assertThat(read.path("address").path("phone").asString()).isEqualTo("13812341001");

            during = data.place(userId, shopId, Instant.now());
            assertThat(body(get(during, Tokens.user(userId))).path("orderId").asString())
                    .isEqualTo(during.orderId());
            assertThat(body(get(during, Tokens.merchant(TestData.freshId(), shopId)))
                            .path("address")
                            .path("phone")
                            .asString())
                    .isEqualTo("138****1001");
            assertThat(get(during, Tokens.user(TestData.freshId())).status()).isEqualTo(404);
            long missing = Long.parseLong(during.orderId()) + 128;
            assertThat(api.get("/api/v1/orders/" + missing, Tokens.support()).status())
                    .isEqualTo(404);

            // many reads, each answered from the database in good time
            for (int i = 0; i < 50; i++) {
                Api.Response response = get(earlier, Tokens.user(userId));
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.took()).isLessThan(Duration.ofSeconds(1));
            }
            assertThat(api.get("/api/v1/users/" + userId + "/orders", Tokens.user(userId))
                            .body()
                            .path("items"))
                    .hasSize(2);

            Api.Response stats = api.get("/api/v1/users/" + userId + "/stats", Tokens.user(userId));
            assertThat(stats.status()).isEqualTo(503);
            assertThat(stats.code()).isEqualTo("DEPENDENCY_UNAVAILABLE");
            assertThat(stats.header("Retry-After")).isPresent();
            assertThat(stats.raw()).doesNotContain("127.0.0.1").doesNotContain("Exception");
        } finally {
            TestStack.start(TestStack.Server.REDIS);
        }

        // back on the cache once the client has reconnected and the breaker has let calls through
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            assertThat(get(during, Tokens.user(userId)).status()).isEqualTo(200);
            if (cached(during)) {
                break;
            }
            assertThat(System.nanoTime()).as("the cache is used again").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private boolean cached(OrderSnapshot order) {
        try {
            return data.cached(order) != null;
        } catch (IllegalStateException stillReconnecting) {
            return false;
        }
    }

    private Api.Response get(OrderSnapshot order, String token) {
        return api.get("/api/v1/orders/" + order.orderId(), token);
    }

    private static JsonNode body(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
