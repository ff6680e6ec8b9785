package io.ordercenter.async.timeline.infrastructure.mybatis;

import io.ordercenter.async.platform.resilience.Dependencies;
import io.ordercenter.async.timeline.application.TimelineProjection;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.platform.resilience.DependencyGuards;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timeline store and the concern that records state changes. */
@Configuration(proxyBeanMethods = false)
public class TimelineConfiguration {

    @Bean
    Timelines timelines(TimelineMapper timeline, DependencyGuards guards) {
        return new MyBatisTimelines(timeline, guards.guard(Dependencies.DATABASE));
    }

    @Bean
    TimelineProjection timelineProjection(Timelines timelines) {
        return new TimelineProjection(timelines);
    }
}
