package io.ordercenter.query.order;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.platform.redis.RedisConfiguration;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.query.order.application.OrderQueries;
import io.ordercenter.query.order.infrastructure.mybatis.MyBatisOrderLists;
import io.ordercenter.query.order.infrastructure.mybatis.MyBatisOrders;
import io.ordercenter.query.order.infrastructure.mybatis.OrderLinesMapper;
import io.ordercenter.query.order.infrastructure.redis.OrderCacheProperties;
import io.ordercenter.query.order.infrastructure.redis.RedisOrderCache;
import io.ordercenter.query.platform.paging.CursorCodec;
import io.ordercenter.query.platform.resilience.DependencyGuard;
import io.ordercenter.query.platform.resilience.DependencyGuards;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the order reads. Dependencies and their guards ({@code resilience4j.*.instances.<name>}):
 *
 * <ul>
 *   <li>{@code redis}: the cache. Slow or down → the read goes to the database instead.
 *   <li>{@code database}: cache misses and lists. Slow or down → 503 {@code DEPENDENCY_UNAVAILABLE}.
 *   <li>{@code database-fallback}: by-id reads while the cache is unavailable, on threads of their
 *       own, so that the surge of reads a cache outage sends to the database cannot starve the
 *       lists and the misses (and is itself bounded: beyond it, 503).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderCacheProperties.class)
public class OrderConfiguration {

    @Bean
    OrderQueries orderQueries(
            DependencyGuards guards,
            RedisConnection redis,
            JsonMapper json,
            OrderCacheProperties cacheProperties,
            OrderMapper orders,
            OrderUserMapper userOrders,
            OrderShopMapper shopOrders,
            OrderLinesMapper lines,
            CursorCodec cursors) {
        DependencyGuard database = guards.blocking("database", "database");
        return new OrderQueries(
                new RedisOrderCache(
                        redis, guards.nonBlocking(RedisConfiguration.GUARD, "cache"), json, cacheProperties),
                new MyBatisOrders(orders, database),
                new MyBatisOrders(orders, guards.blocking("database-fallback", "database")),
                new MyBatisOrderLists(userOrders, shopOrders, lines, database),
                cursors);
    }

    @Bean
    FunctionCounter orderStoreReads(MeterRegistry registry, OrderQueries queries) {
        return FunctionCounter.builder("ordercenter.query.order.store.reads", queries, OrderQueries::storeReads)
                .description("orders read from the database by id (cache misses and reads while the cache is down)")
                .register(registry);
    }
}
