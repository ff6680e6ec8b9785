package io.ordercenter.async.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 0.5);

    @Test
    void each_failed_attempt_doubles_the_wait_up_to_the_maximum() {
        assertThat(backoff.delayAfter(1, () -> 1.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2, () -> 1.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(4, () -> 1.0)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.delayAfter(9, () -> 1.0)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(1_000, () -> 1.0)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitter_takes_up_to_its_share_off_each_wait() {
        assertThat(backoff.delayAfter(2, () -> 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2, () -> 0.5)).isEqualTo(Duration.ofMillis(7_500));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 0).delayAfter(3, () -> 0.0))
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
