package io.ordercenter.query.timeline;

import io.ordercenter.query.order.infrastructure.mybatis.MyBatisOrders;
import io.ordercenter.query.platform.resilience.DependencyGuard;
import io.ordercenter.query.platform.resilience.DependencyGuards;
import io.ordercenter.query.timeline.application.TimelineQueries;
import io.ordercenter.query.timeline.infrastructure.mybatis.MyBatisTimelines;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the timeline. Dependency: the database ({@code database} guard); slow or down → 503. */
@Configuration(proxyBeanMethods = false)
public class TimelineConfiguration {

    @Bean
    TimelineQueries timelineQueries(TimelineMapper timelines, OrderMapper orders, DependencyGuards guards) {
        DependencyGuard database = guards.blocking("database", "database");
        return new TimelineQueries(new MyBatisTimelines(timelines, database), new MyBatisOrders(orders, database));
    }
}
