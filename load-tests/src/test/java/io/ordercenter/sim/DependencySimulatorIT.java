package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Starting and stopping the simulator in-process. */
class DependencySimulatorIT {

    @Test
    void two_simulators_run_side_by_side_on_free_loopback_ports_and_close_frees_the_port() throws Exception {
        int port;
        try (DependencySimulator first = DependencySimulator.start(SimulatorConfig.forTests());
                DependencySimulator second = DependencySimulator.start(SimulatorConfig.forTests())) {
            port = first.port();
            assertThat(first.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(second.port()).isNotEqualTo(port);
            assertThat(new SimClient(first.baseUrl()).get("/shops/1").status()).isEqualTo(200);
            assertThat(new SimClient(second.baseUrl()).get("/shops/1").status()).isEqualTo(200);

            Optional<InetAddress> external = StandaloneJarIT.nonLoopbackAddress();
            assumeThat(external).as("a non-loopback address to probe").isPresent();
            assertThat(StandaloneJarIT.canConnect(new InetSocketAddress(external.get(), port)))
                    .as("reachable on %s", external.get())
                    .isFalse();
        }
        assertThat(StandaloneJarIT.canConnect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
                .as("still listening after close")
                .isFalse();
    }
}
