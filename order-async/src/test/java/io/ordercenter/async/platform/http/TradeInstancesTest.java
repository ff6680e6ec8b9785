package io.ordercenter.async.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;

class TradeInstancesTest {

    @Test
    void each_base_url_becomes_one_instance_of_order_trade() {
        ServiceInstance[] instances =
                TradeInstances.instances(List.of("http://10.0.0.1:8081", "https://trade-2.example.test"));

        assertThat(instances).hasSize(2);
        assertThat(instances[0].getServiceId()).isEqualTo("order-trade");
        assertThat(instances[0].getHost()).isEqualTo("10.0.0.1");
        assertThat(instances[0].getPort()).isEqualTo(8081);
        assertThat(instances[0].isSecure()).isFalse();
        assertThat(instances[1].getPort()).isEqualTo(443);
        assertThat(instances[1].isSecure()).isTrue();
        assertThat(instances[0].getInstanceId()).isNotEqualTo(instances[1].getInstanceId());
    }

    @Test
    void the_comma_separated_list_is_trimmed_and_defaults_to_the_local_instance() {
        DependencyProperties given =
                new DependencyProperties(null, List.of(" http://a:1 ", "", "http://b:2"), null, null);
        DependencyProperties none = new DependencyProperties(null, null, null, null);

        assertThat(given.tradeUrls()).containsExactly("http://a:1", "http://b:2");
        assertThat(none.tradeUrls()).containsExactly("http://127.0.0.1:8081");
    }

    @Test
    void something_that_is_not_a_base_url_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> new DependencyProperties(null, List.of("order-trade:8081"), null, null))
                .hasMessageContaining("OC_TRADE_URLS");
    }
}
