package io.ordercenter.query.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/users/{userId}/stats}: the figures order-async precomputes in Redis. */
class StatsIT extends QueryIT {

    private final long userId = TestData.freshId();

    @Test
    void the_user_reads_their_precomputed_figures() {
        data.putStats(
                userId,
                Map.of(
                        "orderCount", "12",
                        "completedCount", "9",
                        "cancelledCount", "2",
                        "deliveryFeeWaivedCents", "1500",
                        "spentCents", "35600"));
        Api.Response response = api.get(stats(userId), Tokens.user(userId));
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder(
                        "orderCount", "completedCount", "cancelledCount", "deliveryFeeWaivedCents", "spentCents");
        assertThat(body.path("orderCount").asLong()).isEqualTo(12);
        assertThat(body.path("completedCount").asLong()).isEqualTo(9);
        assertThat(body.path("cancelledCount").asLong()).isEqualTo(2);
        assertThat(body.path("deliveryFeeWaivedCents").asLong()).isEqualTo(1500);
        assertThat(body.path("spentCents").isIntegralNumber()).isTrue();
        assertThat(body.path("spentCents").asLong()).isEqualTo(35_600);
        assertThat(api.get(stats(userId), Tokens.support()).body()).isEqualTo(body);
    }

    @Test
    void a_user_without_figures_has_zeros_and_missing_fields_are_zero() {
        long newcomer = TestData.freshId();
        JsonNode none = api.get(stats(newcomer), Tokens.user(newcomer)).body();
        assertThat(none.path("orderCount").asLong()).isZero();
        assertThat(none.path("spentCents").asLong()).isZero();

        data.putStats(newcomer, Map.of("orderCount", "1"));
        JsonNode one = api.get(stats(newcomer), Tokens.user(newcomer)).body();
        assertThat(one.path("orderCount").asLong()).isEqualTo(1);
        assertThat(one.path("cancelledCount").asLong()).isZero();
    }

    @Test
    void nobody_but_the_user_and_support_reads_them() {
        for (String refused : List.of(
                Tokens.user(TestData.freshId()),
                Tokens.merchant(TestData.freshId(), TestData.freshId()),
                Tokens.rider(userId),
                Tokens.noRoles(userId))) {
            Api.Response response = api.get(stats(userId), refused);
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get(stats(userId), null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/me/stats", Tokens.support()).status()).isEqualTo(400);
    }

    private static String stats(long userId) {
        return "/api/v1/users/" + userId + "/stats";
    }
}
