package io.ordercenter.sharding.it;

import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.sharding.config.ShardingProperties;
import io.ordercenter.sharding.config.ShardingStorage;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The storage of the shared test stack, opened once per test JVM (building ShardingSphere takes
 * seconds) and closed when the JVM ends: real MariaDB through ShardingSphere, with a leased worker id.
 */
public final class ItStack {

    private static ItStack shared;

    public final StackEndpoints endpoints;
    public final ShardingProperties properties;
    public final ShardingStorage storage;
    public final ShardingMyBatis myBatis;
    public final TransactionTemplate transactions;
    public final WorkerIdLease lease;
    public final OrderIdGenerator ids;
    public final OrderMapper orders;
    public final OrderUserMapper userOrders;
    public final OrderShopMapper shopOrders;
    public final IdempotencyMapper idempotency;
    public final OutboxMapper outbox;
    public final OutboxRelayStore relay;
    public final DelayTaskMapper delayTasks;
    public final DelayTaskStore delayTaskStore;
    public final TimelineMapper timeline;
    public final CopyRepairMapper repairs;
    public final OrderScanStore scans;

    private ItStack() throws SQLException {
        endpoints = TestStack.endpoints();
        properties = properties(endpoints);
        storage = ShardingStorage.open(properties);
        myBatis = ShardingMyBatis.sharded(storage.dataSource(), Duration.ofSeconds(10));
        transactions = new TransactionTemplate(new JdbcTransactionManager(storage.dataSource()));
        lease = new WorkerIdLease(
                storage.databases().database(0), properties.workerLease().toSettings());
        lease.start();
        ids = new OrderIdGenerator(lease);
        orders = myBatis.mapper(OrderMapper.class);
        userOrders = myBatis.mapper(OrderUserMapper.class);
        shopOrders = myBatis.mapper(OrderShopMapper.class);
        idempotency = myBatis.mapper(IdempotencyMapper.class);
        outbox = myBatis.mapper(OutboxMapper.class);
        relay = new OutboxRelayStore(storage.databases().all(), Duration.ofSeconds(10));
        delayTasks = myBatis.mapper(DelayTaskMapper.class);
        delayTaskStore = new DelayTaskStore(storage.databases().all(), Duration.ofSeconds(10));
        timeline = myBatis.mapper(TimelineMapper.class);
        repairs = myBatis.mapper(CopyRepairMapper.class);
        scans = new OrderScanStore(storage.databases().all(), Duration.ofSeconds(10));
    }

    /** The shared instance, opened on first use. */
    public static synchronized ItStack get() {
        if (shared == null) {
            try {
                shared = new ItStack();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot open the sharded storage on the test stack", e);
            }
            ItStack opened = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                opened.lease.close();
                try {
                    opened.storage.close();
                } catch (Exception ignored) {
                    // the JVM is ending
                }
            }));
        }
        return shared;
    }

    /** Settings for the test stack's four databases, with small pools. */
    public static ShardingProperties properties(StackEndpoints endpoints) {
        List<String> urls = IntStream.range(0, 4).mapToObj(endpoints::jdbcUrl).toList();
        return ShardingProperties.of(urls, endpoints.mysqlUser(), endpoints.mysqlPassword())
                .withPool(ShardingProperties.Pool.sized(8, 1));
    }

    /** A plain connection to physical database {@code database}, bypassing ShardingSphere. */
    public Connection physical(int database) throws SQLException {
        return storage.databases().database(database).getConnection();
    }

    /** {@code SELECT COUNT(*) FROM table WHERE column = value} on one physical database. */
    public long count(int database, String table, String column, long value) throws SQLException {
        try (Connection connection = physical(database);
                PreparedStatement select =
                        connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
            select.setLong(1, value);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
