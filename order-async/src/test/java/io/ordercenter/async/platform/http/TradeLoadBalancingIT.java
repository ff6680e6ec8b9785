package io.ordercenter.async.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.timeout.application.TradeOrders;
import io.ordercenter.async.timeout.domain.ExpireResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * order-async is given two order-trade instances, the first of which does not listen ({@link
 * AsyncIT}): round robin sends every other call there, and the load balancer's retry must carry
 * each of them to the live instance at once, not leave it to the task's own retry.
 */
class TradeLoadBalancingIT extends AsyncIT {

    @Autowired
    TradeOrders trade;

    @Test
    void every_call_reaches_the_live_instance_although_the_first_instance_refuses_connections() {
        for (int call = 0; call < 6; call++) {
            long orderId = newOrderId(randomUserId());

            ExpireResult result = trade.expire(orderId);

            assertThat(result).isInstanceOf(ExpireResult.NoSuchOrder.class);
            assertThat(STUBS.tradeCalls).anyMatch(c -> c.startsWith("expire " + orderId + " "));
        }
    }
}
