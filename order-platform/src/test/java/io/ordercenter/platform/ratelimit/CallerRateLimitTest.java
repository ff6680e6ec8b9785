package io.ordercenter.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.Transient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CallerRateLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final CallerRateLimit limit =
            new CallerRateLimit(new TokenBuckets(1, 2, 100, now::get), new TokenBuckets(1, 5, 100, now::get));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String subject, String... roles) {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "HS256")
                .subject(subject)
                .claim("roles", List.of(roles))
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private boolean pass() {
        return limit.preHandle(null, null, null);
    }

    @Test
    void a_caller_past_its_limit_gets_rate_limited_with_a_retry_after() {
        as("1001", "USER");
        assertThat(pass()).isTrue();
        assertThat(pass()).isTrue();
        assertThatThrownBy(this::pass).isInstanceOfSatisfying(Transient.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        });
    }

    @Test
    void support_has_its_own_limit_and_system_callers_none() {
        as("support-1", "SUPPORT");
        for (int i = 0; i < 5; i++) {
            assertThat(pass()).isTrue();
        }
        assertThatThrownBy(this::pass).isInstanceOf(Transient.class);

        as("order-async", "SYSTEM");
        for (int i = 0; i < 50; i++) {
            assertThat(pass()).isTrue();
        }
    }

    @Test
    void requests_without_a_bearer_token_are_not_counted() {
        for (int i = 0; i < 50; i++) {
            assertThat(pass()).isTrue();
        }
    }
}
