package io.ordercenter.sharding.config;

import io.ordercenter.sharding.schema.SchemaMigrator;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The whole storage without Spring: physical pools, migrated schema, ShardingSphere data source.
 * For tests and tools; services get the same pieces as beans from {@link ShardingAutoConfiguration}.
 */
public final class ShardingStorage implements AutoCloseable {

    private final PhysicalDatabases databases;
    private final DataSource dataSource;

    private ShardingStorage(PhysicalDatabases databases, DataSource dataSource) {
        this.databases = databases;
        this.dataSource = dataSource;
    }

    /** Opens the pools, migrates the schema (if configured) and builds the ShardingSphere data source. */
    public static ShardingStorage open(ShardingProperties properties) throws SQLException {
        PhysicalDatabases databases = PhysicalDatabases.open(properties);
        try {
            if (properties.migrateSchema()) {
                new SchemaMigrator(databases.all()).migrate();
            }
            return new ShardingStorage(databases, ShardingDataSourceFactory.create(databases, properties.warmUp()));
        } catch (SQLException | RuntimeException e) {
            databases.close();
            throw e;
        }
    }

    /** The ShardingSphere data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The physical pools. */
    public PhysicalDatabases databases() {
        return databases;
    }

    @Override
    public void close() throws Exception {
        try {
            if (dataSource instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } finally {
            databases.close();
        }
    }
}
