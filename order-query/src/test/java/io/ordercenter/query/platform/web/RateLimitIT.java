package io.ordercenter.query.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A caller past its limit gets 429 RATE_LIMITED with Retry-After; other callers are unaffected. */
@TestPropertySource(
        properties = {
            "ordercenter.rate-limit.per-second=0.2",
            "ordercenter.rate-limit.burst=3",
            "ordercenter.rate-limit.support-per-second=0.2",
            "ordercenter.rate-limit.support-burst=5"
        })
class RateLimitIT extends QueryIT {

    @Test
    void a_caller_past_its_burst_is_refused_with_retry_after_and_others_go_on() {
        long user = TestData.freshId();
        String token = Tokens.user(user);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/users/" + user + "/orders", token).status())
                    .as("request %d", i)
                    .isEqualTo(200);
        }

        Api.Response refused = api.get("/api/v1/users/" + user + "/orders", token);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds))
                .isBetween(1L, 5L));

        long other = TestData.freshId();
        assertThat(api.get("/api/v1/users/" + other + "/orders", Tokens.user(other))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/users/" + user + "/orders", Tokens.support())
                        .status())
                .as("support has its own limit")
                .isEqualTo(200);
    }

    @Test
    void requests_without_a_token_are_refused_as_unauthenticated_not_counted() {
        for (int i = 0; i < 6; i++) {
            assertThat(api.get("/api/v1/users/1/orders", null).status()).isEqualTo(401);
        }
    }
}
