package io.ordercenter.sharding.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkerIdLeaseSettingsTest {

    @Test
    void the_defaults_allow_four_failed_renewals_before_the_grant_runs_out() {
        WorkerIdLease.Settings settings = WorkerIdLease.Settings.defaults();
        assertThat(settings.grantValidity()).isEqualTo(Duration.ofSeconds(50));
        assertThat(settings.grantValidity().dividedBy(settings.renewInterval())).isEqualTo(5);
    }

    @Test
    void renewals_must_come_before_the_grant_runs_out() {
        assertThatThrownBy(() -> settings(Duration.ofSeconds(60), Duration.ofSeconds(50), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("renewInterval");
    }

    @Test
    void the_safety_margin_must_be_shorter_than_the_lease() {
        assertThatThrownBy(() -> settings(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("safetyMargin");
        assertThatThrownBy(() -> settings(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static WorkerIdLease.Settings settings(Duration lease, Duration renew, Duration margin) {
        return new WorkerIdLease.Settings(lease, renew, margin, Duration.ofSeconds(5), Duration.ofSeconds(1), 0, 255);
    }
}
