package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.testkit.TestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * order-trade's own database is a dependency like any other: while it is down, every request that
 * needs it gets a 503 {@code DEPENDENCY_UNAVAILABLE} with {@code Retry-After} within the database
 * time limit (2 s; a dead server fails at the pool's 1 s connection timeout), never a 500 or a
 * wait for the old 3 s pool timeout;
 * after it returns, orders are taken again and nothing answered before the outage is lost.
 */
class DatabaseOutageIT extends TradeItSupport {

    /** A dead server fails at the pool's 1 s connection timeout, a hanging one at the 2 s time limit. */
    private static final Duration BUDGET = Duration.ofMillis(2500);

    @Test
    void a_stopped_database_answers_fast_503s_with_retry_after_and_orders_are_taken_again_after_it_returns()
            throws Exception {
        long user = nextUser();
        Response before = place(user, orderBody(18, null, 1801, 1));
        assertThat(before.status()).as(before.body()).isEqualTo(201);
        String kept = before.json().path("orderId").asString();

        List<Response> during = new ArrayList<>();
        TestStack.stop(TestStack.Server.DATABASE);
        try {
            for (int i = 0; i < 6; i++) {
                during.add(place(nextUser(), orderBody(18, null, 1801, 1)));
                during.add(post(
                        "/api/v1/orders/" + kept + "/cancel", userToken(user), "{\"reason\":\"changed my mind\"}"));
            }
        } finally {
            TestStack.start(TestStack.Server.DATABASE);
        }
        for (Response r : during) {
            assertThat(r.status()).as(r.body()).isEqualTo(503);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.code()).isEqualTo("DEPENDENCY_UNAVAILABLE");
            assertThat(r.retryAfter()).as("Retry-After").isNotBlank();
            assertThat(r.took()).as("answered within the database time limit").isLessThan(BUDGET);
            assertThat(r.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception");
        }

        // the breaker half-opens after its wait; then orders are taken again
        long after = nextUser();
        await("orders to be taken again", () -> {
            try {
                return place(after, orderBody(18, null, 1801, 1)).status() == 201;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(stored(kept).status().name()).isEqualTo("CREATED");
    }
}
