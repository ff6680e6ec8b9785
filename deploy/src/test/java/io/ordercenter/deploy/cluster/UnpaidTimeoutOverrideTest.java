package io.ordercenter.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnpaidTimeoutOverrideTest {

    @AfterEach
    void clear() {
        System.clearProperty(ClusterEnvironment.UNPAID_TIMEOUT_PROPERTY);
    }

    @Test
    void without_the_property_the_instances_get_the_production_timeout() {
        assertThat(ClusterEnvironment.unpaidTimeout()).isEqualTo("15m");
    }

    @Test
    void a_test_run_may_shorten_it_to_whole_seconds_or_minutes() {
        System.setProperty(ClusterEnvironment.UNPAID_TIMEOUT_PROPERTY, "40s");
        assertThat(ClusterEnvironment.unpaidTimeout()).isEqualTo("40s");
        System.setProperty(ClusterEnvironment.UNPAID_TIMEOUT_PROPERTY, "2m");
        assertThat(ClusterEnvironment.unpaidTimeout()).isEqualTo("2m");
    }

    @Test
    void anything_else_is_refused_with_the_property_named() {
        System.setProperty(ClusterEnvironment.UNPAID_TIMEOUT_PROPERTY, "0s");
        assertThatThrownBy(ClusterEnvironment::unpaidTimeout)
                .hasMessageContaining("ordercenter.cluster.unpaid-timeout");
        System.setProperty(ClusterEnvironment.UNPAID_TIMEOUT_PROPERTY, "PT40S");
        assertThatThrownBy(ClusterEnvironment::unpaidTimeout).hasMessageContaining("30s or 2m");
    }
}
