package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Coupon reservations and red-envelope grants. */
class CouponIT extends SimulatorTestSupport {

    private static String reserve(String reservationId, String couponId, long userId, long goodsCents) {
        return "{\"reservationId\": \"" + reservationId + "\", \"couponId\": \"" + couponId + "\", \"userId\": \""
                + userId + "\", \"goodsCents\": " + goodsCents + "}";
    }

    @Test
    void a_valid_coupon_is_reserved_with_its_discount() {
        SimClient.Answer answer = sim.post("/coupons/reservations", reserve("c-1", "C10OFF", 1001, 3500));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("reservationId")).isEqualTo("c-1");
        assertThat(answer.json().get("discountCents").asLong()).isEqualTo(1000);
    }

    @Test
    void invalid_coupons_are_refused_with_the_reason() {
        assertRefused(reserve("c-2", "C10OFF", 1001, 2999), "BELOW_MINIMUM_SPEND");
        assertRefused(reserve("c-3", "EXPIRED", 1001, 5000), "EXPIRED");
        assertRefused(reserve("c-4", "NO-SUCH-COUPON", 1001, 5000), "UNKNOWN");
        assertRefused(reserve("c-5", "NEW1001", 1002, 5000), "NOT_OWNER");
    }

    @Test
    void a_single_use_coupon_is_held_by_one_reservation_until_released() {
        assertThat(sim.post("/coupons/reservations", reserve("c-a", "NEW1001", 1001, 2500))
                        .json()
                        .get("discountCents")
                        .asLong())
                .isEqualTo(800);
        assertRefused(reserve("c-b", "NEW1001", 1001, 2500), "ALREADY_USED");

        assertThat(sim.post("/coupons/reservations/c-a/release", "").text("status"))
                .isEqualTo("RELEASED");

        assertThat(sim.post("/coupons/reservations", reserve("c-c", "NEW1001", 1001, 2500))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void tries_are_idempotent_by_reservation_id_including_refusals() {
        SimClient.Answer first = sim.post("/coupons/reservations", reserve("c-6", "NEW1003", 1003, 2500));
        SimClient.Answer replay = sim.post("/coupons/reservations", reserve("c-6", "NEW1003", 1003, 2500));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());

        SimClient.Answer refused = sim.post("/coupons/reservations", reserve("c-7", "C5OFF", 1003, 100));
        SimClient.Answer refusedAgain = sim.post("/coupons/reservations", reserve("c-7", "C5OFF", 1003, 100));
        assertThat(refusedAgain.status()).isEqualTo(422);
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
    }

    @Test
    void a_confirmed_coupon_stays_used_until_the_order_is_cancelled() {
        sim.post("/coupons/reservations", reserve("c-8", "NEW1004", 1004, 2500));
        assertThat(sim.post("/coupons/reservations/c-8/confirm", "").text("status"))
                .isEqualTo("CONFIRMED");
        assertRefused(reserve("c-9", "NEW1004", 1004, 2500), "ALREADY_USED");

        assertThat(sim.post("/coupons/reservations/c-8/release", "").status()).isEqualTo(200);

        assertThat(sim.post("/coupons/reservations", reserve("c-10", "NEW1004", 1004, 2500))
                        .status())
                .isEqualTo(200);
        assertThat(sim.get("/sim/reservations/c-8")
                        .json()
                        .path("coupon")
                        .path("status")
                        .asString())
                .isEqualTo("RELEASED");
    }

    @Test
    void a_release_of_an_unknown_reservation_succeeds_and_blocks_its_late_try() {
        assertThat(sim.post("/coupons/reservations/c-lost/release", "").status())
                .isEqualTo(200);

        SimClient.Answer lateTry = sim.post("/coupons/reservations", reserve("c-lost", "NEW1005", 1005, 2500));

        assertThat(lateTry.status()).isEqualTo(409);
        assertThat(lateTry.text("code")).isEqualTo("RESERVATION_RELEASED");
        assertThat(sim.post("/coupons/reservations", reserve("c-11", "NEW1005", 1005, 2500))
                        .status())
                .as("the coupon was never held")
                .isEqualTo(200);
    }

    @Test
    void a_red_envelope_is_granted_once_per_grant_id() {
        String grant =
                "{\"grantId\": \"g-1\", \"userId\": \"1001\", \"amountCents\": 500, \"reason\": \"late delivery\"}";

        SimClient.Answer first = sim.post("/coupons/grants", grant);
        SimClient.Answer replay = sim.post("/coupons/grants", grant);
        sim.post(
                "/coupons/grants",
                "{\"grantId\": \"g-2\", \"userId\": \"1002\", \"amountCents\": 300, \"reason\": \"sorry\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(first.text("grantId")).isEqualTo("g-1");
        SimClient.Answer grants = sim.get("/sim/grants?userId=1001");
        assertThat(grants.json().get("items").size()).isEqualTo(1);
        assertThat(grants.json().get("items").get(0).get("amountCents").asLong())
                .isEqualTo(500);
        assertThat(sim.get("/sim/grants").json().get("items").size()).isEqualTo(2);
    }

    private void assertRefused(String body, String reason) {
        SimClient.Answer answer = sim.post("/coupons/reservations", body);
        assertThat(answer.status()).as(body).isEqualTo(422);
        assertThat(answer.text("code")).isEqualTo("COUPON_INVALID");
        assertThat(answer.text("reason")).isEqualTo(reason);
    }
}
