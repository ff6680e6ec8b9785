package io.ordercenter.query.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/orders/{orderId}}: the answer, the access rules, the cache in front of the database. */
class OrderByIdIT extends QueryIT {

    @Autowired
    private MeterRegistry meters;

    private final long userId = TestData.freshId();
    private final long shopId = TestData.freshId();
    private final long riderId = TestData.freshId();
    private OrderSnapshot order;

    @BeforeEach
    void an_order_on_its_way() {
        order = data.place(userId, shopId, Instant.now().minusSeconds(600), b -> b.status(OrderStatus.DELIVERING)
                .riderId(riderId)
                .acceptedAt(Instant.now().minusSeconds(500).truncatedTo(ChronoUnit.MILLIS))
                .version(5));
    }

    @Test
    void the_owner_gets_the_order_object_of_the_api() {
        Api.Response response = get(Tokens.user(userId));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = response.body();
        assertThat(body.path("orderId").isString()).isTrue();
        assertThat(body.path("orderId").asString()).isEqualTo(order.orderId());
        assertThat(body.path("userId").asString()).isEqualTo(Long.toString(userId));
        assertThat(body.path("shopId").asString()).isEqualTo(Long.toString(shopId));
        assertThat(body.path("riderId").asString()).isEqualTo(Long.toString(riderId));
        assertThat(body.path("status").asString()).isEqualTo("DELIVERING");
        assertThat(body.path("items")).hasSize(2);
        JsonNode line = body.path("items").get(0);
        assertThat(line.path("skuId").asString()).isEqualTo("SKU-1");
        assertThat(line.path("name").asString()).isEqualTo("Noodles");
        assertThat(line.path("quantity").asInt()).isEqualTo(2);
        assertThat(line.path("unitPriceCents").isIntegralNumber()).isTrue();
        assertThat(body.path("goodsCents").asLong()).isEqualTo(3_000);
        assertThat(body.path("deliveryFeeCents").asLong()).isEqualTo(500);
        assertThat(body.path("deliveryFeeWaivedCents").asLong()).isEqualTo(500);
        assertThat(body.path("discountCents").asLong()).isEqualTo(200);
        assertThat(body.path("payableCents").isIntegralNumber()).isTrue();
        assertThat(body.path("payableCents").asLong()).isEqualTo(2_800);
        assertThat(body.path("couponId").asString()).isEqualTo("CPN-1");
        JsonNode address = body.path("address");
        assertThat(address.path("contactName").asString()).isEqualTo("Li Lei");
        assertThat(address.path("phone").asString()).isEqualTo("13812341001");
        assertThat(address.path("line1").asString()).isEqualTo("1 Main St");
        assertThat(address.path("city").asString()).isEqualTo("Hangzhou");
        assertThat(body.path("remark").asString()).isEqualTo("no chili");
        assertThat(body.path("createdAt").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z")
                .isEqualTo(order.createdAt().toString());
        assertThat(Instant.parse(body.path("paidAt").asString())).isEqualTo(order.paidAt());
        assertThat(Instant.parse(body.path("acceptedAt").asString())).isEqualTo(order.acceptedAt());
        assertThat(body.path("version").asLong()).isEqualTo(5);
        // optional fields the order does not have yet are left out, as order-trade writes them
        assertThat(body.has("deliveredAt")).isFalse();
        assertThat(body.has("cancelReason")).isFalse();
        assertThat(body.has("refund")).isFalse();
    }

    @Test
    void the_owner_and_support_see_the_full_phone() {
        assertThat(phone(get(Tokens.user(userId)))).isEqualTo("13812341001");
        assertThat(phone(get(Tokens.support()))).isEqualTo("13812341001");
    }

    @Test
    void the_shops_merchant_and_the_assigned_rider_see_it_masked() {
        assertThat(phone(get(Tokens.merchant(TestData.freshId(), shopId)))).isEqualTo("138****1001");
        assertThat(phone(get(Tokens.rider(riderId)))).isEqualTo("138****1001");
    }

    /**
     * Refused readers get 404 ORDER_NOT_FOUND, exactly as for an id that does not exist (not 403):
     * order ids are time-ordered and guessable, and a 403 would confirm that the order exists.
     */
    @Test
    void anybody_else_gets_the_404_of_an_order_that_does_not_exist() {
        Api.Response missing = api.get("/api/v1/orders/" + (Long.parseLong(order.orderId()) + 128), Tokens.support());
        assertThat(missing.status()).isEqualTo(404);
        for (String token : List.of(
                Tokens.user(TestData.freshId()),
                Tokens.merchant(TestData.freshId(), TestData.freshId()),
                Tokens.merchant(TestData.freshId(), null),
                Tokens.rider(TestData.freshId()),
                Tokens.rider(userId),
                Tokens.noRoles(userId))) {
            Api.Response refused = get(token);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("ORDER_NOT_FOUND");
            assertThat(refused.body().path("title").asString())
                    .isEqualTo(missing.body().path("title").asString());
            assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void without_a_valid_token_the_answer_is_401() {
        for (String token : new String[] {null, "not-a-jwt", Tokens.user(userId) + "x"}) {
            Api.Response response = get(token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void a_malformed_id_is_400_and_an_impossible_one_404() {
        Api.Response malformed = api.get("/api/v1/orders/abc", Tokens.support());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(malformed.body().path("detail").asString()).startsWith("orderId:");
        // gene 127: no generator issues it, and the database is not asked
        Api.Response impossible = api.get("/api/v1/orders/" + ((1L << 40) | 127), Tokens.support());
        assertThat(impossible.status()).isEqualTo(404);
    }

    @Test
    void the_first_read_fills_the_cache_and_an_evicted_order_is_read_again() {
        assertThat(data.cached(order)).isNull();
        assertThat(get(Tokens.user(userId)).status()).isEqualTo(200);
        assertThat(data.cached(order)).contains("\"version\":5");

        data.change(order, b -> b.status(OrderStatus.DELIVERED).deliveredAt(Instant.now()));
        assertThat(get(Tokens.user(userId)).body().path("status").asString())
                .as("served from the cache until the event evicts it")
                .isEqualTo("DELIVERING");
        data.evict(order);
        JsonNode fresh = get(Tokens.user(userId)).body();
        assertThat(fresh.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(fresh.path("version").asLong()).isEqualTo(6);
    }

    @Test
    void an_id_that_does_not_exist_is_remembered_for_a_short_while() throws InterruptedException {
        long missing = Long.parseLong(order.orderId()) + 128; // same gene, later sequence: not issued
        assertThat(api.get("/api/v1/orders/" + missing, Tokens.support()).status())
                .isEqualTo(404);
        // the marker is written without holding up the answer: wait for it, briefly
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(3).toNanos();
        while (!data.cachedMissing(missing) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(data.cachedMissing(missing)).isTrue();
        double reads = storeReads();
        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/api/v1/orders/" + missing, Tokens.support()).status())
                    .isEqualTo(404);
        }
        assertThat(storeReads()).isEqualTo(reads);
    }

    @Test
    void a_burst_of_reads_of_a_cold_order_reads_the_database_once() throws Exception {
        int readers = 24;
        String token = Tokens.user(userId);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            double before = storeReads();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> responses = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return get(token);
                }));
            }
            start.countDown();
            for (Future<Api.Response> response : responses) {
                Api.Response answer = response.get(30, TimeUnit.SECONDS);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body().path("orderId").asString()).isEqualTo(order.orderId());
            }
            assertThat(storeReads() - before).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Api.Response get(String token) {
        return api.get("/api/v1/orders/" + order.orderId(), token);
    }

    private double storeReads() {
        return meters.get("ordercenter.query.order.store.reads")
                .functionCounter()
                .count();
    }

    private static String phone(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body().path("address").path("phone").asString();
    }
}
