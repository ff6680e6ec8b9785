package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.sharding.mybatis.OrderRow;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RaceIT extends TradeItSupport {

    @Test
    void cancel_racing_accept_has_exactly_one_winner_every_time() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                long user = nextUser();
                long shop = 9;
                String orderId = paidOrder(user, shop);
                Callable<Response> cancel =
                        () -> post("/api/v1/orders/" + orderId + "/cancel", userToken(user), "{\"reason\":\"race\"}");
                Callable<Response> accept =
                        () -> post("/api/v1/orders/" + orderId + "/accept", merchantToken(shop), null);
                List<Future<Response>> results = pool.invokeAll(List.of(cancel, accept));
                Response cancelled = results.get(0).get();
                Response accepted = results.get(1).get();

                assertThat(List.of(cancelled.status(), accepted.status()))
                        .as("cancel %s / accept %s", cancelled.body(), accepted.body())
                        .containsExactlyInAnyOrder(200, 409);
                Response loser = cancelled.status() == 409 ? cancelled : accepted;
                assertThat(loser.code()).isIn("ILLEGAL_STATE_TRANSITION", "CONCURRENT_MODIFICATION");

                OrderRow row = stored(orderId);
                String expected = cancelled.status() == 200 ? "CANCELLED" : "ACCEPTED";
                assertThat(row.status().name()).isEqualTo(expected);
                // paid (v2), then accept (v3) or cancel + refund requested (v4, v5 once the refund is confirmed):
                // never both
                if (expected.equals("ACCEPTED")) {
                    assertThat(row.version()).isEqualTo(3);
                    assertThat(row.cancelledAt()).isNull();
                } else {
                    assertThat(row.version()).isBetween(4L, 5L);
                    assertThat(row.acceptedAt()).isNull();
                }
                assertUserCopyMatches(user, orderId);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The user copy moves with the order row in one transaction. The refund confirmation may commit
     * between two reads, so compare the copy with the row read on both sides of it, and read again
     * if the row moved meanwhile.
     */
    private void assertUserCopyMatches(long user, String orderId) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            long before = stored(orderId).version();
            long copy = userMapper.select(user, Long.parseLong(orderId)).version();
            long after = stored(orderId).version();
            if (before == after) {
                assertThat(copy).as("user copy of order %s", orderId).isEqualTo(after);
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("order " + orderId + " kept changing while its user copy was compared");
    }
}
