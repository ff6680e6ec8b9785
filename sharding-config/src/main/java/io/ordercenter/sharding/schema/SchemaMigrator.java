package io.ordercenter.sharding.schema;

import io.ordercenter.sharding.routing.ShardRouting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and migrates every physical table on the four databases, idempotently, at start-up.
 *
 * <p>Each database keeps its own {@code t_schema_version}; a migration runs under a named lock
 * ({@code GET_LOCK}, one per database) so that services starting together do not race, and every
 * statement is itself idempotent so that a migration interrupted half-way (MySQL DDL is not
 * transactional) simply runs again. The four databases are migrated in parallel.
 *
 * <p>Why not Flyway: a version here means "the same DDL on 125 physical tables of each database",
 * which Flyway could only express as Java migrations generating the statements, run by four Flyway
 * instances; the version table and the lock are all we would use of it. This class is that much,
 * with no extra dependency to align (Boot and our version notes name different Flyway lines) and a
 * start-up cost of one query per database once the schema is current.
 */
public final class SchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    /** One schema version: its statements for a given database index. */
    public record Migration(int version, String description, IntFunction<List<String>> statements) {

        public Migration {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(statements, "statements");
        }
    }

    /** What one database needed. */
    public record Result(int database, List<Integer> appliedVersions, int statements) {}

    /** Every version, ascending. Append new versions; never edit an applied one. */
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(
                    1, "orders, items, user and shop copies, idempotency, outbox, worker leases", SchemaDdl::version1),
            new Migration(2, "order timeline, delay tasks", SchemaDdl::version2));

    private final List<DataSource> databases;
    private final Duration lockTimeout;

    /**
     * @param databases the plain (non-ShardingSphere) data sources of {@code ds_0} .. {@code ds_3}, in
     *     order
     */
    public SchemaMigrator(List<? extends DataSource> databases) {
        this(databases, Duration.ofMinutes(2));
    }

    public SchemaMigrator(List<? extends DataSource> databases, Duration lockTimeout) {
        if (databases.size() != ShardRouting.DATABASES) {
            throw new IllegalArgumentException(
                    "Expected " + ShardRouting.DATABASES + " databases, got " + databases.size());
        }
        this.databases = List.copyOf(databases);
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    /** Brings all four databases to the latest version; returns what each one needed. */
    public List<Result> migrate() {
        ExecutorService pool = Executors.newFixedThreadPool(ShardRouting.DATABASES, runnable -> {
            Thread thread = new Thread(runnable, "schema-migrator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int db = 0; db < ShardRouting.DATABASES; db++) {
                int database = db;
                futures.add(pool.submit(() -> migrate(database)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Schema migration failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during schema migration", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Brings database {@code database} (0..3) to the latest version. */
    public Result migrate(int database) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = databases.get(database).getConnection()) {
            connection.setAutoCommit(true);
            String lock = "ordercenter.schema." + connection.getCatalog();
            acquireLock(connection, lock);
            try (Statement statement = connection.createStatement()) {
                statement.execute(SchemaDdl.schemaVersion());
                Set<Integer> applied = appliedVersions(connection);
                List<Integer> newlyApplied = new ArrayList<>();
                int executed = 0;
                for (Migration migration : MIGRATIONS) {
                    if (applied.contains(migration.version())) {
                        continue;
                    }
                    for (String sql : migration.statements().apply(database)) {
                        statement.execute(sql);
                        executed++;
                    }
                    recordVersion(connection, migration);
                    newlyApplied.add(migration.version());
                    log.info(
                            "Database ds_{} ({}) migrated to schema version {}",
                            database,
                            connection.getCatalog(),
                            migration.version());
                }
                if (!newlyApplied.isEmpty()) {
                    log.info(
                            "Schema migration of ds_{} ran {} statements in {} ms",
                            database,
                            executed,
                            (System.nanoTime() - started) / 1_000_000);
                }
                return new Result(database, List.copyOf(newlyApplied), executed);
            } finally {
                releaseLock(connection, lock);
            }
        }
    }

    /** The versions recorded in database {@code database}. */
    public Set<Integer> appliedVersions(int database) throws SQLException {
        try (Connection connection = databases.get(database).getConnection()) {
            return appliedVersions(connection);
        }
    }

    /** The newest version this code knows. */
    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    private void acquireLock(Connection connection, String lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, lock);
            statement.setLong(2, Math.max(1, lockTimeout.toSeconds()));
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next() || rows.getInt(1) != 1) {
                    throw new SQLException(
                            "Could not get the schema migration lock '" + lock + "' within " + lockTimeout);
                }
            }
        }
    }

    private static void releaseLock(Connection connection, String lock) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, lock);
            statement.executeQuery().close();
        } catch (SQLException e) {
            // a named lock lives as long as the session: drop the (pooled) session rather than keep it
            log.warn("Could not release the schema migration lock '{}'; aborting the connection", lock, e);
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException abortFailure) {
                e.addSuppressed(abortFailure);
            }
        }
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM " + Tables.SCHEMA_VERSION)) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static void recordVersion(Connection connection, Migration migration) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO " + Tables.SCHEMA_VERSION
                + " (version, description, applied_at) VALUES (?, ?, UTC_TIMESTAMP(3))")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.executeUpdate();
        }
    }
}
