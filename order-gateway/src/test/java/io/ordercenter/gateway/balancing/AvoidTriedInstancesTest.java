package io.ordercenter.gateway.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;

class AvoidTriedInstancesTest {

    private final ServiceInstance a = instance("a", 8081);
    private final ServiceInstance b = instance("b", 8081);

    @Test
    void an_instance_the_request_failed_on_is_not_offered_again() {
        assertThat(AvoidTriedInstances.without(List.of(a, b), Set.of("a:8081"))).containsExactly(b);
    }

    @Test
    void when_every_instance_was_tried_all_are_offered_again() {
        assertThat(AvoidTriedInstances.without(List.of(a, b), Set.of("a:8081", "b:8081")))
                .containsExactly(a, b);
    }

    @Test
    void instances_are_told_apart_by_host_and_port() {
        assertThat(AvoidTriedInstances.without(List.of(a, b), Set.of("a:8082"))).containsExactly(a, b);
    }

    private static ServiceInstance instance(String host, int port) {
        return new DefaultServiceInstance(host + ":" + port, "order-trade", host, port, false);
    }
}
