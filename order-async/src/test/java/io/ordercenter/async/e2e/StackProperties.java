package io.ordercenter.async.e2e;

import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The in-test order-async of the end-to-end tests, pointed at the shared test stack's servers. */
final class StackProperties {

    private StackProperties() {}

    /** Storage, Redis, Kafka and search from the test stack; the simulator and order-trade as given. */
    static void register(DynamicPropertyRegistry registry, String simulatorUrl, String tradeUrls) {
        StackEndpoints e = TestStack.endpoints();
        registry.add("ordercenter.sharding.shards", e::mysqlShards);
        registry.add("ordercenter.sharding.username", e::mysqlUser);
        registry.add("ordercenter.sharding.password", e::mysqlPassword);
        registry.add("ordercenter.redis.nodes", () -> e.redisHost() + ":" + e.redisPort());
        registry.add("ordercenter.redis.cluster", () -> "false");
        registry.add("ordercenter.kafka.bootstrap", e::kafkaBootstrap);
        registry.add("ordercenter.search.urls", e::elasticsearchUrl);
        registry.add("ordercenter.dependencies.simulator-url", () -> simulatorUrl);
        registry.add("ordercenter.dependencies.trade-urls", () -> tradeUrls);
    }
}
