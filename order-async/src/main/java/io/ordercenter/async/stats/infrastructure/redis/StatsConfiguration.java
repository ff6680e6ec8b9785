package io.ordercenter.async.stats.infrastructure.redis;

import io.ordercenter.async.platform.resilience.Dependencies;
import io.ordercenter.async.stats.application.StatsProjection;
import io.ordercenter.async.stats.application.UserStatistics;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuards;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user-stats concern and its Redis adapter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatsProperties.class)
public class StatsConfiguration {

    @Bean
    UserStatistics userStatistics(RedisConnection redis, DependencyGuards guards, StatsProperties properties) {
        return new RedisUserStatistics(redis, guards.guard(Dependencies.REDIS), properties.markerTtl());
    }

    @Bean
    StatsProjection statsProjection(UserStatistics statistics, Timelines timelines, Clock clock) {
        return new StatsProjection(statistics, timelines, clock);
    }
}
