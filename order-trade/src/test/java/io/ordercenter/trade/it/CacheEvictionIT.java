package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.platform.redis.RedisConnection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Read-your-writes from order-trade's side: a committed state change evicts the read side's cached
 * order and raises its version floor before it is answered; with Redis down the change is still
 * answered 200, promptly, and stays committed.
 */
class CacheEvictionIT extends TradeItSupport {

    @Autowired
    RedisConnection redis;

    @Test
    void a_state_change_drops_the_cached_order_and_raises_its_floor_before_it_answers() throws Exception {
        long shop = 3;
        String orderId = paidOrder(nextUser(), shop);
        long paidVersion = stored(orderId).version();
        // what order-query cached while the order was paid
        redis.commands()
                .set(CacheKeys.order(orderId), "{\"orderId\":\"" + orderId + "\",\"version\":" + paidVersion + "}")
                .get(2, TimeUnit.SECONDS);

        Response accepted = post("/api/v1/orders/" + orderId + "/accept", merchantToken(shop), null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        long acceptedVersion = accepted.json().path("version").asLong();

        assertThat(redis.commands().get(CacheKeys.order(orderId)).get(2, TimeUnit.SECONDS))
                .as("the stale entry is gone when the answer arrives")
                .isNull();
        assertThat(redis.commands().get(CacheKeys.orderFloor(orderId)).get(2, TimeUnit.SECONDS))
                .isEqualTo(Long.toString(acceptedVersion));
    }

    @Test
    void with_redis_down_a_state_change_is_still_answered_and_committed() throws Exception {
        long shop = 3;
        String orderId = paidOrder(nextUser(), shop);
        TestStack.stop(TestStack.Server.REDIS);
        try {
            Response accepted = post("/api/v1/orders/" + orderId + "/accept", merchantToken(shop), null);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.took()).as("bounded by the redis time limit").isLessThan(Duration.ofSeconds(2));
            assertThat(stored(orderId).status().name()).isEqualTo("ACCEPTED");
        } finally {
            TestStack.start(TestStack.Server.REDIS);
        }
    }
}
