package io.ordercenter.sharding.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ordercenter.sharding.routing.ShardRouting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The four HikariCP pools, one per physical database ({@code ds_0} .. {@code ds_3}). ShardingSphere
 * routes over them; the schema migrator, the worker-id lease ({@code ds_0}) and the outbox relay use
 * them directly. Deliberately not a {@link DataSource} itself, so it never competes with the
 * ShardingSphere data source for injection.
 */
public final class PhysicalDatabases implements AutoCloseable {

    private final List<HikariDataSource> pools;

    private PhysicalDatabases(List<HikariDataSource> pools) {
        this.pools = List.copyOf(pools);
    }

    /**
     * Opens the four pools (each connects at once, so a wrong URL or password fails here).
     *
     * @throws IllegalStateException unless exactly four databases are configured
     */
    public static PhysicalDatabases open(ShardingProperties properties) {
        List<String> urls = properties.resolvedJdbcUrls();
        List<HikariDataSource> pools = new ArrayList<>();
        try {
            for (int db = 0; db < urls.size(); db++) {
                pools.add(new HikariDataSource(hikariConfig(properties, db, urls.get(db))));
            }
        } catch (RuntimeException e) {
            pools.forEach(HikariDataSource::close);
            throw e;
        }
        return new PhysicalDatabases(pools);
    }

    static HikariConfig hikariConfig(ShardingProperties properties, int database, String url) {
        ShardingProperties.Pool pool = properties.pool();
        HikariConfig config = new HikariConfig();
        config.setPoolName("oc-" + ShardRouting.dataSourceName(database));
        config.setJdbcUrl(url);
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setMaximumPoolSize(pool.maxSize());
        config.setMinimumIdle(pool.minIdle());
        config.setConnectionTimeout(pool.connectionTimeout().toMillis());
        config.setValidationTimeout(pool.validationTimeout().toMillis());
        config.setIdleTimeout(pool.idleTimeout().toMillis());
        config.setMaxLifetime(pool.maxLifetime().toMillis());
        config.addDataSourceProperty(
                "connectTimeout", String.valueOf(pool.connectTimeout().toMillis()));
        config.addDataSourceProperty(
                "socketTimeout", String.valueOf(pool.socketTimeout().toMillis()));
        pool.driverProperties().forEach(config::addDataSourceProperty);
        return config;
    }

    /** The pool of database {@code database} (0..3). */
    public DataSource database(int database) {
        return pools.get(Objects.checkIndex(database, ShardRouting.DATABASES));
    }

    /** The four pools in shard order. */
    public List<DataSource> all() {
        return List.copyOf(pools);
    }

    /** The pools by ShardingSphere data source name ({@code ds_0} .. {@code ds_3}), in order. */
    public Map<String, DataSource> byDataSourceName() {
        Map<String, DataSource> result = new LinkedHashMap<>();
        for (int db = 0; db < pools.size(); db++) {
            result.put(ShardRouting.dataSourceName(db), pools.get(db));
        }
        return result;
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
    }
}
