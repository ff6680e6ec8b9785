package io.ordercenter.sharding.config;

import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.id.WorkerIdLease;
import io.ordercenter.sharding.mybatis.CopyRepairMapper;
import io.ordercenter.sharding.mybatis.DelayTaskMapper;
import io.ordercenter.sharding.mybatis.DelayTaskStore;
import io.ordercenter.sharding.mybatis.IdempotencyMapper;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderScanStore;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import io.ordercenter.sharding.mybatis.OutboxMapper;
import io.ordercenter.sharding.mybatis.OutboxRelayStore;
import io.ordercenter.sharding.mybatis.ShardingMyBatis;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import io.ordercenter.sharding.schema.SchemaMigrator;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionManager;

/**
 * The sharded storage as beans: the four physical pools, the schema migration, the ShardingSphere
 * {@link DataSource} (the application's only {@code DataSource} bean), its transaction manager, our
 * MyBatis mappers, the per-database stores (outbox relay, delay-task queue, window scan), the
 * worker-id lease and the order-id generator.
 *
 * <p>Runs before Boot's JDBC and MyBatis auto-configurations, which then back off or build on our
 * data source. Our mappers come from our own {@code SqlSessionFactory} ({@link ShardingMyBatis}) and
 * are exposed as plain beans, so mybatis-spring-boot's scan of a service's own {@code @Mapper}s
 * still happens as usual. Bean creation order is the start-up order: pools, migration, ShardingSphere
 * (reads the migrated tables' metadata, then warms up), lease (blocks until a worker id is held).
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration"
        })
@ConditionalOnClass(name = "org.apache.shardingsphere.driver.api.ShardingSphereDataSourceFactory")
@ConditionalOnProperty(prefix = "ordercenter.sharding", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(ShardingProperties.class)
public class ShardingAutoConfiguration {

    @Bean(destroyMethod = "close")
    public PhysicalDatabases orderCenterPhysicalDatabases(ShardingProperties properties) {
        return PhysicalDatabases.open(properties);
    }

    /** Migrates the schema while the bean is created, so everything that needs tables comes after. */
    @Bean
    public SchemaMigrator orderCenterSchemaMigrator(PhysicalDatabases databases, ShardingProperties properties) {
        SchemaMigrator migrator = new SchemaMigrator(databases.all());
        if (properties.migrateSchema()) {
            migrator.migrate();
        }
        return migrator;
    }

    /** The ShardingSphere data source; built after the migration ({@code migrator} is an ordering dependency). */
    @Bean(destroyMethod = "close")
    public DataSource dataSource(PhysicalDatabases databases, SchemaMigrator migrator, ShardingProperties properties)
            throws SQLException {
        return ShardingDataSourceFactory.create(databases, properties.warmUp());
    }

    @Bean
    @ConditionalOnMissingBean(TransactionManager.class)
    public JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public ShardingMyBatis orderCenterShardingMyBatis(DataSource dataSource, ShardingProperties properties) {
        return ShardingMyBatis.sharded(dataSource, properties.statementTimeout());
    }

    @Bean
    public OrderMapper orderMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(OrderMapper.class);
    }

    @Bean
    public OrderUserMapper orderUserMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(OrderUserMapper.class);
    }

    @Bean
    public OrderShopMapper orderShopMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(OrderShopMapper.class);
    }

    @Bean
    public IdempotencyMapper idempotencyMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(IdempotencyMapper.class);
    }

    @Bean
    public OutboxMapper outboxMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(OutboxMapper.class);
    }

    @Bean
    public DelayTaskMapper delayTaskMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(DelayTaskMapper.class);
    }

    @Bean
    public TimelineMapper timelineMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(TimelineMapper.class);
    }

    @Bean
    public CopyRepairMapper copyRepairMapper(ShardingMyBatis myBatis) {
        return myBatis.mapper(CopyRepairMapper.class);
    }

    @Bean
    public DelayTaskStore delayTaskStore(PhysicalDatabases databases, ShardingProperties properties) {
        return new DelayTaskStore(databases.all(), properties.statementTimeout());
    }

    @Bean
    public OrderScanStore orderScanStore(PhysicalDatabases databases, ShardingProperties properties) {
        return new OrderScanStore(databases.all(), properties.statementTimeout());
    }

    @Bean
    public OutboxRelayStore outboxRelayStore(PhysicalDatabases databases, ShardingProperties properties) {
        return new OutboxRelayStore(databases.all(), properties.statementTimeout());
    }

    /** Held from start-up (blocks until a worker id is acquired) until shutdown, when it is released. */
    @Bean(initMethod = "start", destroyMethod = "close")
    public WorkerIdLease workerIdLease(
            PhysicalDatabases databases, SchemaMigrator migrator, ShardingProperties properties) {
        return new WorkerIdLease(databases.database(0), properties.workerLease().toSettings());
    }

    @Bean
    public OrderIdGenerator orderIdGenerator(WorkerIdLease lease) {
        return new OrderIdGenerator(lease);
    }
}
