package io.ordercenter.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;

/** The load balancer's health check takes a dead instance out of the rotation quickly, and back when it answers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadInstanceIT {

    private final Backend queryA = Backend.start("query-a");
    private final Backend queryB = Backend.start("query-b");
    private final Backend trade = Backend.start("trade");
    private final Backend async = Backend.start("async");
    private Gateway gateway;

    @BeforeAll
    void start() {
        gateway = Gateway.start(
                List.of(trade),
                List.of(queryA, queryB),
                List.of(async),
                Map.of("spring.cloud.loadbalancer.health-check.interval", "1s"));
    }

    @AfterAll
    void stop() {
        gateway.close();
        List.of(queryA, queryB, trade, async).forEach(Backend::close);
    }

    @Test
    void a_stopped_instance_leaves_the_rotation_within_seconds_and_returns_when_it_answers() throws Exception {
        awaitRotation(Set.of(queryA.port(), queryB.port()), 10_000);

        queryA.stop();
        long stopped = System.nanoTime();
        awaitRotation(Set.of(queryB.port()), 5_000);
        long tookMillis = (System.nanoTime() - stopped) / 1_000_000;
        assertThat(tookMillis).isLessThan(5_000);

        String user = Gateway.token("1001", "USER");
        for (int i = 0; i < 4; i++) {
            assertThat(gateway.get("/api/v1/orders/" + i, user).statusCode()).isEqualTo(200);
        }
        assertThat(queryB.received()).hasSize(4);

        queryA.start();
        awaitRotation(Set.of(queryA.port(), queryB.port()), 5_000);
    }

    private void awaitRotation(Set<Integer> expected, long withinMillis) throws InterruptedException {
        LoadBalancerClient balancer = gateway.context().getBean(LoadBalancerClient.class);
        long deadline = System.nanoTime() + withinMillis * 1_000_000;
        Set<Integer> seen = Set.of();
        while (System.nanoTime() < deadline) {
            Set<Integer> ports = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                ServiceInstance instance = balancer.choose("order-query");
                if (instance != null) {
                    ports.add(instance.getPort());
                }
            }
            seen = ports;
            if (ports.equals(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(seen).as("instances in the rotation").isEqualTo(expected);
    }
}
