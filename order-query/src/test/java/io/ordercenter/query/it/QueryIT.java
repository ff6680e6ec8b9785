package io.ordercenter.query.it;

import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port against the shared real stack (MariaDB, Redis, Elasticsearch), one
 * Spring context for every integration test class of the module.
 */
public abstract class QueryIT extends QueryContext {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackEndpoints stack = TestStack.endpoints();
        register(registry, stack.redisHost() + ":" + stack.redisPort(), false);
    }
}
