package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyIT extends TradeItSupport {

    @Test
    void twenty_concurrent_replays_of_one_key_place_exactly_one_order() throws Exception {
        long user = nextUser();
        String key = UUID.randomUUID().toString();
        String body = orderBody(8, null, 801, 1, 802, 2);
        List<Callable<Response>> replays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            replays.add(() -> post("/api/v1/orders", userToken(user), body, "Idempotency-Key", key));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        Set<String> orderIds = new HashSet<>();
        try {
            for (Future<Response> result : pool.invokeAll(replays)) {
                Response response = result.get();
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                orderIds.add(response.json().path("orderId").asString());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(orderIds).hasSize(1);
        String orderId = orderIds.iterator().next();
        assertThat(stored(orderId)).isNotNull();

        Response later = post("/api/v1/orders", userToken(user), body, "Idempotency-Key", key);
        assertThat(later.json().path("orderId").asString()).isEqualTo(orderId);
    }

    @Test
    void the_same_key_with_another_body_is_refused_and_places_nothing() throws Exception {
        long user = nextUser();
        String key = UUID.randomUUID().toString();
        Response first = post("/api/v1/orders", userToken(user), orderBody(8, null, 801, 1), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        Response reused = post("/api/v1/orders", userToken(user), orderBody(8, null, 801, 3), "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void the_same_key_from_another_user_is_another_order() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = orderBody(8, null, 801, 1);
        Response a = post("/api/v1/orders", userToken(nextUser()), body, "Idempotency-Key", key);
        Response b = post("/api/v1/orders", userToken(nextUser()), body, "Idempotency-Key", key);
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(a.json().path("orderId").asString())
                .isNotEqualTo(b.json().path("orderId").asString());
    }
}
