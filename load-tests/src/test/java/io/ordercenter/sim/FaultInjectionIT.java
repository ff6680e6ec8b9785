package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Faults per dependency, call counts and reset. */
class FaultInjectionIT extends SimulatorTestSupport {

    /** Fewer server threads than the concurrent slow calls below, so held threads would show. */
    private static final int SERVER_THREADS = 16;

    private static final int SLOW_CALLS = 60;

    @Override
    protected SimulatorConfig config() {
        return SimulatorConfig.forTests().withServerThreads(SERVER_THREADS);
    }

    private static String coupon(String reservationId) {
        return "{\"reservationId\": \"" + reservationId
                + "\", \"couponId\": \"C5OFF\", \"userId\": \"1001\", \"goodsCents\": 2000}";
    }

    private static String fault(String dependency, long latencyMs, double errorRate) {
        return "{\"dependency\": \"" + dependency + "\", \"latencyMs\": " + latencyMs + ", \"errorRate\": " + errorRate
                + "}";
    }

    @Test
    void an_error_rate_of_one_answers_503_for_that_dependency_only_and_the_call_has_no_effect() {
        assertThat(sim.post("/sim/faults", fault("coupon", 0, 1)).status()).isEqualTo(200);

        SimClient.Answer coupon = sim.post("/coupons/reservations", coupon("f-1"));

        assertThat(coupon.status()).isEqualTo(503);
        assertThat(coupon.text("code")).isEqualTo("DEPENDENCY_UNAVAILABLE");
        assertThat(coupon.text("dependency")).isEqualTo("coupon");
        assertThat(coupon.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(sim.get("/sim/reservations/f-1").status()).isEqualTo(404);
        assertThat(sim.get("/shops/1").status()).isEqualTo(200);
        assertThat(sim.get("/sim/skus/101/stock").status())
                .as("the control API is never faulted")
                .isEqualTo(200);
    }

    @Test
    void an_error_rate_between_zero_and_one_fails_about_that_share_of_calls() {
        sim.post("/sim/faults", fault("user", 0, 0.5));

        long failures = 0;
        for (int i = 0; i < 200; i++) {
            int status = sim.get("/users/1001").status();
            assertThat(status).isIn(200, 503);
            failures += status == 503 ? 1 : 0;
        }

        assertThat(failures).isBetween(50L, 150L);
    }

    @Test
    void latency_delays_every_call_of_that_dependency_only() {
        sim.post("/sim/faults", fault("shop", 400, 0));

        assertThat(sim.get("/shops/1").elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(sim.get("/shops/1/skus?ids=101").elapsed()).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void a_slow_dependency_does_not_slow_the_others_even_with_more_calls_waiting_than_server_threads() {
        sim.post("/sim/faults", fault("coupon", 2_000, 0));
        List<CompletableFuture<SimClient.Answer>> slow = new ArrayList<>();
        for (int i = 0; i < SLOW_CALLS; i++) {
            slow.add(sim.postAsync("/coupons/reservations", coupon("slow-" + i)));
        }
        Await.until(
                "the simulator holds all " + SLOW_CALLS + " slow calls at once (it cannot if each held call"
                        + " occupies one of its " + SERVER_THREADS + " server threads)",
                Duration.ofSeconds(10),
                () -> sim.get("/sim/calls").json().get("coupon").asInt() == SLOW_CALLS);

        long slowest = 0;
        for (int i = 0; i < 20; i++) {
            SimClient.Answer shop = sim.get("/shops/" + (1 + i % 19));
            assertThat(shop.status()).isEqualTo(200);
            slowest = Math.max(slowest, shop.elapsed().toMillis());
        }
        assertThat(slowest)
                .as("slowest shop call in ms while %d coupon calls hang", SLOW_CALLS)
                .isLessThan(500);

        List<SimClient.Answer> answers =
                slow.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(2_000));
        });
    }

    @Test
    void a_huge_latency_is_a_hang_capped_at_two_minutes() {
        SimClient.Answer injected = sim.post("/sim/faults", fault("coupon", 3_600_000, 0));
        assertThat(injected.json().get("latencyMs").asLong()).isEqualTo(120_000);

        assertThatThrownBy(() -> sim.post("/coupons/reservations", coupon("hang-1"), Duration.ofMillis(500)))
                .hasRootCauseInstanceOf(HttpTimeoutException.class);
        assertThat(sim.get("/shops/1").elapsed()).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void faults_are_listed_and_cleared_one_by_one_or_all_at_once() {
        sim.post("/sim/faults", fault("coupon", 100, 0));
        sim.post("/sim/faults", fault("inventory", 0, 0.25));
        sim.post("/sim/faults", fault("push", 50, 0.1));

        SimClient.Answer listed = sim.get("/sim/faults");
        assertThat(listed.json().get("faults").valueStream().map(f -> f.get("dependency")
                        .asString()))
                .containsExactly("inventory", "coupon", "push");
        assertThat(listed.json().get("faults").get(0).get("errorRate").asDouble())
                .isEqualTo(0.25);

        assertThat(sim.delete("/sim/faults/coupon").status()).isEqualTo(204);
        assertThat(sim.get("/sim/faults").json().get("faults").size()).isEqualTo(2);
        assertThat(sim.delete("/sim/faults").status()).isEqualTo(204);
        assertThat(sim.get("/sim/faults").json().get("faults").size()).isZero();
        assertThat(sim.delete("/sim/faults/kafka").status()).isEqualTo(404);
    }

    @Test
    void a_malformed_fault_is_refused() {
        assertThat(sim.post("/sim/faults", fault("kafka", 0, 1)).status()).isEqualTo(400);
        assertThat(sim.post("/sim/faults", fault("shop", 0, 1.5)).status()).isEqualTo(400);
        assertThat(sim.post("/sim/faults", fault("shop", -1, 0)).status()).isEqualTo(400);
        assertThat(sim.get("/sim/faults").json().get("faults").size()).isZero();
    }

    @Test
    void calls_are_counted_per_dependency() {
        sim.get("/shops/1");
        sim.get("/shops/2");
        sim.get("/shops/1/skus?ids=101");
        sim.post("/sim/faults", fault("user", 0, 1));
        sim.get("/users/1001");

        SimClient.Answer calls = sim.get("/sim/calls");

        assertThat(calls.json().get("shop").asLong()).isEqualTo(2);
        assertThat(calls.json().get("menu").asLong()).isEqualTo(1);
        assertThat(calls.json().get("user").asLong())
                .as("failed calls count too")
                .isEqualTo(1);
        assertThat(calls.json().get("payment").asLong()).isZero();
    }

    @Test
    void reset_brings_back_the_demo_data_and_clears_faults_and_counts() {
        sim.put("/sim/shops/1", "{\"open\": false}");
        sim.put("/sim/skus/105/stock", "{\"stock\": 0}");
        sim.post(
                "/inventory/reservations",
                "{\"reservationId\": \"x-1\", \"items\": [{\"skuId\": \"101\", \"quantity\": 7}]}");
        sim.post("/sim/faults", fault("menu", 0, 1));

        assertThat(sim.post("/sim/reset", "").status()).isEqualTo(204);

        assertThat(sim.get("/shops/1").json().get("open").asBoolean()).isTrue();
        assertThat(stockOf(105)).isEqualTo(3);
        assertThat(stockOf(101)).isEqualTo(10_000);
        assertThat(sim.get("/sim/reservations/x-1").status()).isEqualTo(404);
        assertThat(sim.get("/sim/faults").json().get("faults").size()).isZero();
        assertThat(sim.get("/shops/1/skus").status()).isEqualTo(200);
        assertThat(sim.get("/sim/calls").json().get("shop").asLong()).isEqualTo(1);
    }
}
