package io.ordercenter.sharding.config;

import io.ordercenter.sharding.routing.ShardRouting;
import io.ordercenter.sharding.schema.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.shardingsphere.driver.api.ShardingSphereDataSourceFactory;
import org.apache.shardingsphere.infra.config.mode.ModeConfiguration;
import org.apache.shardingsphere.mode.repository.standalone.StandalonePersistRepositoryConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the ShardingSphere-JDBC data source over the four physical pools with the Java API.
 *
 * <p>Standalone mode with ShardingSphere's JDBC (in-memory H2) repository, given a name unique to
 * each data source: with the default shared name, a second ShardingSphere data source in the same JVM
 * (tests, tools) would read the first one's persisted configuration instead of its own.
 *
 * <p>MariaDB Connector/J URLs ({@code jdbc:mariadb://}) are detected as storage type {@code MariaDB},
 * whose trunk type is MySQL, so statements are parsed by the MySQL dialect.
 */
public final class ShardingDataSourceFactory {

    /** The logical database name ShardingSphere shows. */
    public static final String DATABASE_NAME = "order_center";

    private static final Logger log = LoggerFactory.getLogger(ShardingDataSourceFactory.class);

    private ShardingDataSourceFactory() {}

    /**
     * The ShardingSphere data source over {@code databases}. The physical tables must exist already
     * (ShardingSphere reads their metadata here). With {@code warmUp}, routed statements run once so
     * that the lazily built parts of ShardingSphere (parser, binder, route and merge engines) are
     * ready before the first request.
     */
    public static DataSource create(PhysicalDatabases databases, boolean warmUp) throws SQLException {
        long started = System.nanoTime();
        DataSource dataSource = ShardingSphereDataSourceFactory.createDataSource(
                DATABASE_NAME,
                modeConfiguration(),
                databases.byDataSourceName(),
                List.of(ShardingRules.ruleConfiguration()),
                properties());
        long created = System.nanoTime();
        if (warmUp) {
            try {
                warmUp(dataSource);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(dataSource, e);
                throw e;
            }
        }
        log.info(
                "ShardingSphere data source ready: built in {} ms, warmed up in {} ms",
                (created - started) / 1_000_000,
                (System.nanoTime() - created) / 1_000_000);
        return dataSource;
    }

    /** ShardingSphere properties: no SQL logging. */
    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("sql-show", "false");
        props.setProperty("check-table-metadata-enabled", "false");
        return props;
    }

    static ModeConfiguration modeConfiguration() {
        Properties props = new Properties();
        props.setProperty("provider", "H2");
        props.setProperty(
                "jdbc_url",
                "jdbc:h2:mem:oc_sharding_" + UUID.randomUUID().toString().replace("-", "")
                        + ";DB_CLOSE_DELAY=0;DATABASE_TO_UPPER=false;MODE=MYSQL");
        return new ModeConfiguration("Standalone", new StandalonePersistRepositoryConfiguration("JDBC", props));
    }

    /**
     * One routed read per sharded logical table (by a key no real row has), which builds and caches
     * everything a first request would otherwise wait for.
     */
    static void warmUp(DataSource dataSource) throws SQLException {
        long probeOrderId = ShardRouting.TABLES - 1L; // gene 99: a valid id no generator issues
        List<String> statements = List.of(
                "SELECT order_id, version FROM " + Tables.ORDER + " WHERE order_id = ?",
                "SELECT order_id, line_no FROM " + Tables.ORDER_ITEM + " WHERE order_id = ?",
                "SELECT order_id, version FROM " + Tables.ORDER_USER + " WHERE user_id = ?",
                "SELECT order_id, version FROM " + Tables.ORDER_SHOP + " WHERE shop_id = ?",
                "SELECT idem_key FROM " + Tables.IDEMPOTENCY + " WHERE user_id = ?",
                "SELECT id FROM " + Tables.OUTBOX + " WHERE order_id = ?",
                "SELECT id FROM " + Tables.ORDER_TIMELINE + " WHERE order_id = ?",
                "SELECT id FROM " + Tables.DELAY_TASK + " WHERE order_id = ?");
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, probeOrderId);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            // drain
                        }
                    }
                }
            }
        }
    }

    private static void closeQuietly(DataSource dataSource, Exception cause) {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    }
}
