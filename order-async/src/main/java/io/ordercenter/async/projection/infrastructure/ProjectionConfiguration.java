package io.ordercenter.async.projection.infrastructure;

import io.ordercenter.async.platform.resilience.Dependencies;
import io.ordercenter.async.projection.application.CacheEvictionProjection;
import io.ordercenter.async.projection.application.OrderCache;
import io.ordercenter.async.projection.application.ShopCopies;
import io.ordercenter.async.projection.application.ShopCopyProjection;
import io.ordercenter.async.projection.infrastructure.mybatis.MyBatisShopCopies;
import io.ordercenter.async.projection.infrastructure.redis.RedisOrderCache;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.platform.redis.OrderCacheEviction;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuards;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop-copy and cache concerns with their adapters. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    ShopCopies shopCopies(OrderShopMapper shopOrders, DependencyGuards guards) {
        return new MyBatisShopCopies(shopOrders, guards.guard(Dependencies.DATABASE));
    }

    @Bean
    ShopCopyProjection shopCopyProjection(ShopCopies shopCopies, Timelines timelines, Clock clock) {
        return new ShopCopyProjection(shopCopies, timelines, clock);
    }

    @Bean
    OrderCache orderCache(RedisConnection redis, DependencyGuards guards) {
        return new RedisOrderCache(new OrderCacheEviction(redis), guards.guard(Dependencies.REDIS));
    }

    @Bean
    CacheEvictionProjection cacheEvictionProjection(OrderCache cache, Timelines timelines, Clock clock) {
        return new CacheEvictionProjection(cache, timelines, clock);
    }
}
