package io.ordercenter.sharding.config;

import io.ordercenter.sharding.id.WorkerIdLease;
import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sharded storage, {@code ordercenter.sharding.*}. Every field may be left out
 * ({@code null}) and then takes the default named below.
 *
 * @param enabled whether the auto-configuration builds the storage (default true)
 * @param jdbcUrls the JDBC URLs of {@code ds_0} .. {@code ds_3}, in order; or leave empty and give
 *     {@code shards}
 * @param shards the four shard databases in order, each {@code host:port/database} (the form of
 *     {@code OC_MYSQL_SHARDS}); each may live on its own server
 * @param username database user
 * @param password its password (default empty)
 * @param pool connection pool settings, the same for each of the four pools
 * @param migrateSchema whether to create/migrate the tables at start-up (default true)
 * @param warmUp whether to run routed statements at start-up so the first request is not slow
 *     (default true)
 * @param statementTimeout MyBatis statement timeout (default 5 s)
 * @param workerLease worker-id lease timing
 */
@ConfigurationProperties("ordercenter.sharding")
public record ShardingProperties(
        Boolean enabled,
        List<String> jdbcUrls,
        List<String> shards,
        String username,
        String password,
        Pool pool,
        Boolean migrateSchema,
        Boolean warmUp,
        Duration statementTimeout,
        Lease workerLease) {

    public ShardingProperties {
        enabled = enabled == null || enabled;
        jdbcUrls = jdbcUrls == null ? List.of() : List.copyOf(jdbcUrls);
        shards = shards == null ? List.of() : List.copyOf(shards);
        password = password == null ? "" : password;
        pool = pool == null ? Pool.defaults() : pool;
        migrateSchema = migrateSchema == null || migrateSchema;
        warmUp = warmUp == null || warmUp;
        statementTimeout = statementTimeout == null ? Duration.ofSeconds(5) : statementTimeout;
        workerLease = workerLease == null ? Lease.defaults() : workerLease;
    }

    /** Settings for four databases given by URL, with every other setting at its default. */
    public static ShardingProperties of(List<String> jdbcUrls, String username, String password) {
        return new ShardingProperties(null, jdbcUrls, null, username, password, null, null, null, null, null);
    }

    /** The same settings with other pool settings. */
    public ShardingProperties withPool(Pool newPool) {
        return new ShardingProperties(
                enabled,
                jdbcUrls,
                shards,
                username,
                password,
                newPool,
                migrateSchema,
                warmUp,
                statementTimeout,
                workerLease);
    }

    /** The same settings with other lease settings. */
    public ShardingProperties withWorkerLease(Lease newLease) {
        return new ShardingProperties(
                enabled, jdbcUrls, shards, username, password, pool, migrateSchema, warmUp, statementTimeout, newLease);
    }

    /**
     * The JDBC URLs of {@code ds_0} .. {@code ds_3}.
     *
     * @throws IllegalStateException unless exactly four databases are configured
     */
    public List<String> resolvedJdbcUrls() {
        if (!jdbcUrls.isEmpty()) {
            requireFour(jdbcUrls.size(), "jdbc-urls");
            return jdbcUrls;
        }
        if (shards.isEmpty()) {
            throw new IllegalStateException("Set ordercenter.sharding.shards (OC_MYSQL_SHARDS), or jdbc-urls");
        }
        requireFour(shards.size(), "shards");
        return shards.stream().map(ShardingProperties::jdbcUrl).toList();
    }

    private static String jdbcUrl(String shard) {
        String s = shard.trim();
        if (!s.matches("[^:/\\s]+:[0-9]{1,5}/[A-Za-z0-9_]+")) {
            throw new IllegalStateException(
                    "ordercenter.sharding.shards: '" + s + "' is not host:port/database (OC_MYSQL_SHARDS)");
        }
        return "jdbc:mariadb://" + s;
    }

    private static void requireFour(int count, String property) {
        if (count != ShardRouting.DATABASES) {
            throw new IllegalStateException("ordercenter.sharding." + property + " must name exactly "
                    + ShardRouting.DATABASES + " databases (ds_0..ds_3), got " + count);
        }
    }

    /**
     * One HikariCP pool per physical database.
     *
     * @param maxSize maximum connections (default 20)
     * @param minIdle minimum idle connections (default: {@code maxSize}, a fixed-size pool)
     * @param connectionTimeout how long a caller waits for a connection (default 3 s)
     * @param validationTimeout how long a liveness check may take (default 1 s)
     * @param idleTimeout when idle connections above {@code minIdle} are closed (default 10 min)
     * @param maxLifetime when a connection is replaced (default 30 min; keep below the server's
     *     {@code wait_timeout})
     * @param connectTimeout driver TCP connect timeout (default 2 s)
     * @param socketTimeout driver read timeout, the last resort against a hung server (default 30 s)
     * @param driverProperties further driver properties
     */
    public record Pool(
            Integer maxSize,
            Integer minIdle,
            Duration connectionTimeout,
            Duration validationTimeout,
            Duration idleTimeout,
            Duration maxLifetime,
            Duration connectTimeout,
            Duration socketTimeout,
            Map<String, String> driverProperties) {

        public Pool {
            maxSize = maxSize == null ? 20 : maxSize;
            minIdle = minIdle == null ? maxSize : minIdle;
            connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(3) : connectionTimeout;
            validationTimeout = validationTimeout == null ? Duration.ofSeconds(1) : validationTimeout;
            idleTimeout = idleTimeout == null ? Duration.ofMinutes(10) : idleTimeout;
            maxLifetime = maxLifetime == null ? Duration.ofMinutes(30) : maxLifetime;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            socketTimeout = socketTimeout == null ? Duration.ofSeconds(30) : socketTimeout;
            driverProperties = driverProperties == null ? Map.of() : Map.copyOf(driverProperties);
            if (maxSize < 1 || minIdle < 0 || minIdle > maxSize) {
                throw new IllegalArgumentException("Pool needs 1 <= max-size and 0 <= min-idle <= max-size");
            }
        }

        public static Pool defaults() {
            return new Pool(null, null, null, null, null, null, null, null, null);
        }

        /** A pool of {@code maxSize} connections, of which {@code minIdle} are kept open. */
        public static Pool sized(int maxSize, int minIdle) {
            return new Pool(maxSize, minIdle, null, null, null, null, null, null, null);
        }
    }

    /**
     * Worker-id lease timing; see {@link WorkerIdLease}.
     *
     * @param duration how long a claim holds the row (default 60 s)
     * @param renewInterval how often it is renewed (default 10 s)
     * @param safetyMargin how long before the database lease ends the local grant ends (default 10 s)
     * @param acquireTimeout how long start-up tries to get a worker id (default 30 s)
     * @param maxFloorWait longest wait for a free row's previous holder's time range (default 2 s)
     * @param minWorkerId lowest worker id to take (default 0)
     * @param maxWorkerId highest worker id to take (default 255)
     */
    public record Lease(
            Duration duration,
            Duration renewInterval,
            Duration safetyMargin,
            Duration acquireTimeout,
            Duration maxFloorWait,
            Integer minWorkerId,
            Integer maxWorkerId) {

        public static Lease defaults() {
            return new Lease(null, null, null, null, null, null, null);
        }

        /** The lease settings, defaults filled in and validated. */
        public WorkerIdLease.Settings toSettings() {
            WorkerIdLease.Settings d = WorkerIdLease.Settings.defaults();
            return new WorkerIdLease.Settings(
                    duration == null ? d.leaseDuration() : duration,
                    renewInterval == null ? d.renewInterval() : renewInterval,
                    safetyMargin == null ? d.safetyMargin() : safetyMargin,
                    acquireTimeout == null ? d.acquireTimeout() : acquireTimeout,
                    maxFloorWait == null ? d.maxFloorWait() : maxFloorWait,
                    minWorkerId == null ? d.minWorkerId() : minWorkerId,
                    maxWorkerId == null ? d.maxWorkerId() : maxWorkerId);
        }
    }
}
