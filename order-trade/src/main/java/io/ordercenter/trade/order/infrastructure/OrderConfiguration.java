package io.ordercenter.trade.order.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ordercenter.platform.redis.OrderCacheEviction;
import io.ordercenter.platform.redis.RedisConfiguration;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuards;
import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.mybatis.DelayTaskMapper;
import io.ordercenter.sharding.mybatis.IdempotencyMapper;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import io.ordercenter.sharding.mybatis.OutboxMapper;
import io.ordercenter.trade.order.application.CachedOrders;
import io.ordercenter.trade.order.application.Catalog;
import io.ordercenter.trade.order.application.OrderCommandService;
import io.ordercenter.trade.order.application.OrderPlacementService;
import io.ordercenter.trade.order.application.RefundChannel;
import io.ordercenter.trade.order.application.Reservations;
import io.ordercenter.trade.order.infrastructure.mybatis.DelayTasks;
import io.ordercenter.trade.order.infrastructure.mybatis.GuardedOrders;
import io.ordercenter.trade.order.infrastructure.mybatis.GuardedPlacementKeys;
import io.ordercenter.trade.order.infrastructure.mybatis.GuardedTasks;
import io.ordercenter.trade.order.infrastructure.mybatis.MyBatisOrders;
import io.ordercenter.trade.order.infrastructure.mybatis.MyBatisPlacementKeys;
import io.ordercenter.trade.order.infrastructure.mybatis.ShardDatabaseGuards;
import io.ordercenter.trade.order.infrastructure.redis.RedisCachedOrders;
import io.ordercenter.trade.payment.application.PaymentChannel;
import io.ordercenter.trade.payment.application.PaymentService;
import io.ordercenter.trade.payment.infrastructure.CallbackSignatures;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the order and payment use cases and their storage adapters. The use cases reach the
 * database only through the guarded adapters: one bulkhead, time limit and circuit breaker per
 * physical database ({@link ShardDatabaseGuards}).
 */
@Configuration(proxyBeanMethods = false)
public class OrderConfiguration {

    /** Millisecond ticks: times are stored as DATETIME(3), so the answers show exactly what is stored. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    DelayTasks delayTasks(
            DelayTaskMapper mapper,
            @Value("${ordercenter.orders.unpaid-timeout:15m}") Duration unpaidTimeout,
            @Value("${ordercenter.orders.first-refund-retry:10s}") Duration firstRefundRetry,
            Clock clock) {
        return new DelayTasks(mapper, unpaidTimeout, firstRefundRetry, clock);
    }

    @Bean
    ShardDatabaseGuards shardDatabaseGuards(DependencyGuards guards) {
        return new ShardDatabaseGuards(guards);
    }

    @Bean
    GuardedOrders guardedOrders(MyBatisOrders orders, ShardDatabaseGuards guards) {
        return new GuardedOrders(orders, guards);
    }

    @Bean
    MyBatisOrders orders(
            OrderMapper orders,
            OrderUserMapper userCopies,
            OutboxMapper outbox,
            IdempotencyMapper idempotency,
            DelayTasks tasks,
            PlatformTransactionManager transactionManager,
            JsonMapper json,
            Clock clock,
            MeterRegistry meters) {
        return new MyBatisOrders(
                orders,
                userCopies,
                outbox,
                idempotency,
                tasks,
                tasks,
                new TransactionTemplate(transactionManager),
                json,
                clock,
                Timer.builder("ordercenter.order.place.transaction")
                        .description("the local transaction that stores a new order, its copies, event and tasks")
                        .publishPercentiles(0.5, 0.99)
                        .register(meters));
    }

    @Bean
    GuardedPlacementKeys placementKeys(IdempotencyMapper idempotency, Clock clock, ShardDatabaseGuards guards) {
        return new GuardedPlacementKeys(new MyBatisPlacementKeys(idempotency, clock), guards);
    }

    @Bean
    GuardedTasks guardedTasks(DelayTasks tasks, ShardDatabaseGuards guards) {
        return new GuardedTasks(tasks, guards);
    }

    @Bean
    OrderPlacementService orderPlacementService(
            GuardedOrders orders,
            GuardedPlacementKeys keys,
            Catalog catalog,
            Reservations reservations,
            GuardedTasks tasks,
            OrderIdGenerator ids,
            Clock clock) {
        return new OrderPlacementService(orders, keys, catalog, reservations, tasks, ids::next, clock);
    }

    /** Work after a commit (releasing reservations, a first refund attempt): bounded, never blocks a request. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService afterCommitExecutor() {
        return new ThreadPoolExecutor(
                2,
                8,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(1000),
                r -> {
                    Thread t = new Thread(r, "after-commit");
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.DiscardPolicy()); // what is dropped here, the sweeper and retry worker redo
    }

    @Bean
    OrderCommandService orderCommandService(
            GuardedOrders orders,
            Reservations reservations,
            GuardedTasks tasks,
            RefundChannel refunds,
            CachedOrders cachedOrders,
            ExecutorService afterCommitExecutor,
            Clock clock) {
        return new OrderCommandService(orders, reservations, tasks, refunds, cachedOrders, afterCommitExecutor, clock);
    }

    /** The read side's cache, evicted after each committed change behind the {@code redis} guard. */
    @Bean
    CachedOrders cachedOrders(
            RedisConnection redis, DependencyGuards guards, ScheduledExecutorService cacheEvictionRetries) {
        return new RedisCachedOrders(
                new OrderCacheEviction(redis), guards.guard(RedisConfiguration.GUARD), cacheEvictionRetries);
    }

    /** Background retries of evictions that failed during a request: one thread, they are rare and short. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService cacheEvictionRetries() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cache-eviction-retry");
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    CallbackSignatures callbackSignatures(@Value("${ordercenter.payment.callback-secret}") String secret) {
        return new CallbackSignatures(secret);
    }

    @Bean
    PaymentService paymentService(
            GuardedOrders orders,
            OrderCommandService commands,
            PaymentChannel channel,
            RefundChannel refunds,
            MeterRegistry meters) {
        return new PaymentService(orders, commands, channel, refunds, meters);
    }
}
