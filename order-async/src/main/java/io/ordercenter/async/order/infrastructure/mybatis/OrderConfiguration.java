package io.ordercenter.async.order.infrastructure.mybatis;

import io.ordercenter.async.order.application.Orders;
import io.ordercenter.async.platform.resilience.Dependencies;
import io.ordercenter.platform.resilience.DependencyGuards;
import io.ordercenter.sharding.mybatis.OrderMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The order copy, read through the sharded mappers. */
@Configuration(proxyBeanMethods = false)
public class OrderConfiguration {

    @Bean
    Orders orders(OrderMapper orders, DependencyGuards guards) {
        return new MyBatisOrders(orders, guards.guard(Dependencies.DATABASE));
    }
}
