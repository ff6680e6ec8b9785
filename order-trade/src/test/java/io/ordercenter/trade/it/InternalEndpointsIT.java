package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.DevTokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The endpoints order-async calls: only a SYSTEM caller may use them, and they go through the state machine. */
class InternalEndpointsIT extends TradeItSupport {

    private static final String SYSTEM = DevTokens.mint("order-async", List.of("SYSTEM"), null, Duration.ofMinutes(5));

    @Test
    void the_unpaid_timeout_cancels_an_unpaid_order_and_nobody_else_may_call_it() throws Exception {
        long user = nextUser();
        String orderId =
                place(user, orderBody(18, null, 1801, 1)).json().path("orderId").asString();
        assertThat(post("/internal/v1/orders/" + orderId + "/expire", userToken(user), null)
                        .status())
                .isEqualTo(403);
        assertThat(post("/internal/v1/orders/" + orderId + "/expire", supportToken(), null)
                        .status())
                .isEqualTo(403);

        Response expired = post("/internal/v1/orders/" + orderId + "/expire", SYSTEM, null);
        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(expired.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(expired.json().path("cancelReason").asString()).isEqualTo("unpaid timeout");
        assertThat(post("/internal/v1/orders/" + orderId + "/expire", SYSTEM, null)
                        .status())
                .as("repeating it is harmless")
                .isEqualTo(200);
    }

    @Test
    void the_unpaid_timeout_never_cancels_a_paid_order() throws Exception {
        String orderId = paidOrder(nextUser(), 18);
        Response refused = post("/internal/v1/orders/" + orderId + "/expire", SYSTEM, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ILLEGAL_STATE_TRANSITION");
        assertThat(stored(orderId).status().name()).isEqualTo("PAID");
    }
}
