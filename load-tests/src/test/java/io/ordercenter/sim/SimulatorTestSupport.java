package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One real simulator per test class on a free 127.0.0.1 port, reset to the demo data before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SimulatorTestSupport {

    protected DependencySimulator simulator;
    protected SimClient sim;

    /** The configuration this class runs with. */
    protected SimulatorConfig config() {
        return SimulatorConfig.forTests();
    }

    @BeforeAll
    void startSimulator() {
        simulator = DependencySimulator.start(config());
        sim = new SimClient(simulator.baseUrl());
    }

    @AfterAll
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @BeforeEach
    void resetSimulator() {
        assertThat(sim.post("/sim/reset", "").status()).isEqualTo(204);
    }

    protected long stockOf(long skuId) {
        SimClient.Answer answer = sim.get("/sim/skus/" + skuId + "/stock");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("stock").asLong();
    }
}
