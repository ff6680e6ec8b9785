package io.ordercenter.query.it;

import io.ordercenter.deploy.testkit.TestStack;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link QueryContext} with the test stack's Redis Cluster (three primaries, one replica each) instead of
 * its single Redis: the service's cluster client, hash-tagged keys and failover handling for real.
 * Its own Spring context, shared by every class that extends it.
 */
public abstract class ClusterQueryIT extends QueryContext {

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        register(registry, TestStack.redisCluster().seeds(), true);
    }
}
