package io.ordercenter.async.reconciliation.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.async.platform.kafka.EventCodec;
import io.ordercenter.async.platform.resilience.Dependencies;
import io.ordercenter.async.reconciliation.application.Reconciler;
import io.ordercenter.async.reconciliation.infrastructure.es.SearchCopies;
import io.ordercenter.async.reconciliation.infrastructure.mybatis.MyBatisOrderCopies;
import io.ordercenter.async.reconciliation.infrastructure.mybatis.RowCopies;
import io.ordercenter.async.reconciliation.infrastructure.redis.CacheCopies;
import io.ordercenter.async.reconciliation.infrastructure.redis.RedisReconciliationReports;
import io.ordercenter.async.search.infrastructure.es.SearchDocuments;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuards;
import io.ordercenter.sharding.config.PhysicalDatabases;
import io.ordercenter.sharding.mybatis.CopyRepairMapper;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderScanStore;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reconciliation: its readers of every copy, its repairs, its report store and its job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconciliationProperties.class)
public class ReconciliationConfiguration {

    @Bean
    Reconciler reconciler(
            OrderScanStore scans,
            OrderMapper orders,
            OrderUserMapper users,
            OrderShopMapper shops,
            CopyRepairMapper repairs,
            ElasticsearchClient search,
            SearchDocuments documents,
            RedisConnection redis,
            EventCodec codec,
            DependencyGuards guards,
            Timelines timelines,
            Clock clock,
            ReconciliationProperties properties) {
        var database = guards.guard(Dependencies.DATABASE);
        var elasticsearch = guards.guard(Dependencies.ELASTICSEARCH);
        var cache = guards.guard(Dependencies.REDIS);
        return new Reconciler(
                new MyBatisOrderCopies(scans, orders, database),
                List.of(
                        RowCopies.users(users, database),
                        RowCopies.shops(shops, database),
                        new SearchCopies(search, elasticsearch),
                        new CacheCopies(redis, codec.mapper(), cache)),
                new CopyRepairer(orders, repairs, search, documents, redis, database, elasticsearch, cache),
                new RedisReconciliationReports(redis, codec.mapper()),
                timelines,
                clock,
                properties.pageSize(),
                properties.recheckAfter());
    }

    @Bean
    ReconciliationJob reconciliationJob(
            Reconciler reconciler,
            PhysicalDatabases databases,
            ReconciliationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        return new ReconciliationJob(reconciler, databases, properties, clock, meters);
    }
}
