package io.ordercenter.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private TokenBuckets buckets(double perSecond, int burst, int maxKeys) {
        return new TokenBuckets(perSecond, burst, maxKeys, now::get);
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void a_caller_may_spend_its_burst_at_once_and_is_then_told_how_long_to_wait() {
        TokenBuckets limits = buckets(2, 3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("u1")).isZero();
        }
        assertThat(limits.take("u1")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void tokens_come_back_at_the_rate_and_never_beyond_the_burst() {
        TokenBuckets limits = buckets(2, 3, 100);
        for (int i = 0; i < 3; i++) {
            limits.take("u1");
        }
        advance(Duration.ofMillis(500));
        assertThat(limits.take("u1")).isZero();
        assertThat(limits.take("u1")).isPositive();

        advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("u1")).as("token %d after a long pause", i).isZero();
        }
        assertThat(limits.take("u1")).isPositive();
    }

    @Test
    void a_refused_request_spends_nothing() {
        TokenBuckets limits = buckets(1, 1, 100);
        limits.take("u1");
        for (int i = 0; i < 10; i++) {
            limits.take("u1"); // refused, again and again
        }
        advance(Duration.ofSeconds(1));
        assertThat(limits.take("u1")).isZero();
    }

    @Test
    void callers_do_not_share_a_bucket() {
        TokenBuckets limits = buckets(1, 1, 100);
        assertThat(limits.take("u1")).isZero();
        assertThat(limits.take("u1")).isPositive();
        assertThat(limits.take("u2")).isZero();
    }

    @Test
    void past_the_key_limit_full_buckets_are_forgotten_and_spending_ones_kept() {
        TokenBuckets limits = buckets(1, 2, 3);
        limits.take("spender");
        limits.take("spender");
        advance(Duration.ofSeconds(5)); // everyone idle long enough is full again, except who spends now
        limits.take("spender");
        for (int i = 0; i < 10; i++) {
            limits.take("visitor-" + i);
            advance(Duration.ofSeconds(5));
        }
        assertThat(limits.size()).isLessThanOrEqualTo(4);

        TokenBuckets busy = buckets(1, 1, 2);
        busy.take("a");
        busy.take("b");
        busy.take("c"); // nobody is full: nothing can be forgotten without losing a limit
        assertThat(busy.take("a")).as("a's bucket was kept, still empty").isPositive();
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> buckets(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> buckets(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
