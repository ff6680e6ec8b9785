package io.ordercenter.sharding.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.id.WorkerIdLease;
import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import io.ordercenter.sharding.mybatis.OutboxMapper;
import io.ordercenter.sharding.mybatis.OutboxRelayStore;
import io.ordercenter.sharding.routing.ShardRouting;
import io.ordercenter.sharding.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.shardingsphere.driver.jdbc.core.datasource.ShardingSphereDataSource;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The auto-configuration wires the whole storage, side by side with Boot's JDBC and MyBatis auto-configurations. */
class ShardingAutoConfigurationIT {

    private final StackEndpoints endpoints = ItStack.get().endpoints;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ShardingAutoConfiguration.class,
                    DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class,
                    MybatisAutoConfiguration.class))
            .withPropertyValues(properties());

    @Test
    void the_storage_beans_work_together_in_a_spring_transaction() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(DataSource.class);
            assertThat(context.getBean(DataSource.class)).isInstanceOf(ShardingSphereDataSource.class);
            assertThat(context).hasSingleBean(PlatformTransactionManager.class);
            assertThat(context).hasSingleBean(SchemaMigrator.class);
            assertThat(context).hasSingleBean(OutboxRelayStore.class);
            assertThat(context).hasSingleBean(SqlSessionFactory.class); // the service's own, from mybatis-spring-boot

            WorkerIdLease lease = context.getBean(WorkerIdLease.class);
            assertThat(lease.workerId()).isPresent();
            OrderIdGenerator ids = context.getBean(OrderIdGenerator.class);
            long userId = Orders.randomId();
            OrderWithItems order = Orders.placed(ids.next(userId), userId, Orders.randomId(), Instant.now());

            TransactionTemplate transactions =
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            transactions.executeWithoutResult(status -> {
                context.getBean(OrderMapper.class).insert(order);
                context.getBean(OrderUserMapper.class).insert(order.order());
                context.getBean(OutboxMapper.class).insert(Orders.placedEvent(order.order()));
            });

            assertThat(context.getBean(OrderMapper.class)
                            .findOrder(order.order().orderId()))
                    .contains(order);
            int index = ShardRouting.shardOfUser(userId);
            assertThat(ItStack.get()
                            .count(
                                    ShardRouting.databaseOf(index),
                                    "t_order_user_" + index,
                                    "order_id",
                                    order.order().orderId()))
                    .isEqualTo(1);
        });
    }

    @Test
    void closing_the_context_releases_the_worker_id() throws Exception {
        int[] workerId = new int[1];
        runner.run(context ->
                workerId[0] = context.getBean(WorkerIdLease.class).grant().workerId());

        try (Connection connection = ItStack.get().physical(0);
                PreparedStatement select =
                        connection.prepareStatement("SELECT owner FROM t_worker_lease WHERE worker_id = ?")) {
            select.setInt(1, workerId[0]);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isNull();
            }
        }
    }

    @Test
    void it_stays_out_of_the_way_when_disabled() {
        runner.withPropertyValues("ordercenter.sharding.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(WorkerIdLease.class));
    }

    private String[] properties() {
        List<String> values = new ArrayList<>();
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            values.add("ordercenter.sharding.jdbc-urls[" + db + "]=" + endpoints.jdbcUrl(db));
        }
        values.add("ordercenter.sharding.username=" + endpoints.mysqlUser());
        values.add("ordercenter.sharding.password=" + endpoints.mysqlPassword());
        values.add("ordercenter.sharding.pool.max-size=4");
        values.add("ordercenter.sharding.pool.min-idle=1");
        values.add("ordercenter.sharding.worker-lease.renew-interval=2s");
        return values.toArray(String[]::new);
    }
}
