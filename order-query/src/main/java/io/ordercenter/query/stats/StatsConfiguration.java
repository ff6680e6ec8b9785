package io.ordercenter.query.stats;

import io.ordercenter.platform.redis.RedisConfiguration;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.query.platform.resilience.DependencyGuards;
import io.ordercenter.query.stats.application.StatsQueries;
import io.ordercenter.query.stats.infrastructure.redis.RedisStatistics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the stats. Dependency: Redis ({@code redis} guard, shared with the order cache). Slow or
 * down → 503 {@code DEPENDENCY_UNAVAILABLE}: the figures exist nowhere else, and counting orders
 * instead would be the scan this design avoids.
 */
@Configuration(proxyBeanMethods = false)
public class StatsConfiguration {

    @Bean
    StatsQueries statsQueries(RedisConnection redis, DependencyGuards guards) {
        return new StatsQueries(new RedisStatistics(redis, guards.nonBlocking(RedisConfiguration.GUARD, "stats")));
    }
}
