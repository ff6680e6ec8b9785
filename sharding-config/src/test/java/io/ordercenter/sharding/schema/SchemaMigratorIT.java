package io.ordercenter.sharding.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ordercenter.sharding.config.PhysicalDatabases;
import io.ordercenter.sharding.config.ShardingProperties;
import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.routing.ShardRouting;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class SchemaMigratorIT {

    private final ItStack stack = ItStack.get();

    @Test
    void running_the_migration_again_changes_nothing() throws SQLException {
        List<Long> tablesBefore = tableCounts(stack.endpoints.databases());
        SchemaMigrator migrator = new SchemaMigrator(stack.storage.databases().all());

        List<SchemaMigrator.Result> first = migrator.migrate();
        List<SchemaMigrator.Result> second = migrator.migrate();

        for (SchemaMigrator.Result result : first) {
            assertThat(result.appliedVersions()).isEmpty(); // the storage migrated at start-up already
        }
        for (SchemaMigrator.Result result : second) {
            assertThat(result.appliedVersions()).isEmpty();
            assertThat(result.statements()).isZero();
        }
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            assertThat(migrator.appliedVersions(db)).isEqualTo(Set.of(1, 2));
        }
        assertThat(tableCounts(stack.endpoints.databases())).isEqualTo(tablesBefore);
        assertThat(tablesBefore).containsExactly(25L * 6 + 4, 25L * 6 + 3, 25L * 6 + 3, 25L * 6 + 3);
    }

    @Test
    void services_starting_together_on_empty_databases_migrate_each_database_exactly_once() throws Exception {
        List<String> scratch = createScratchDatabases();
        try (PhysicalDatabases databases = PhysicalDatabases.open(ShardingProperties.of(
                        scratch.stream().map(this::url).toList(),
                        stack.endpoints.mysqlUser(),
                        stack.endpoints.mysqlPassword())
                .withPool(ShardingProperties.Pool.sized(4, 0)))) {
            int services = 3;
            ExecutorService pool = Executors.newFixedThreadPool(services);
            CountDownLatch go = new CountDownLatch(1);
            try {
                List<Future<List<SchemaMigrator.Result>>> runs = new ArrayList<>();
                for (int i = 0; i < services; i++) {
                    SchemaMigrator migrator = new SchemaMigrator(databases.all());
                    Callable<List<SchemaMigrator.Result>> run = () -> {
                        go.await();
                        return migrator.migrate();
                    };
                    runs.add(pool.submit(run));
                }
                go.countDown();
                int[] appliedPerDatabase = new int[ShardRouting.DATABASES];
                for (Future<List<SchemaMigrator.Result>> run : runs) {
                    for (SchemaMigrator.Result result : run.get()) {
                        appliedPerDatabase[result.database()] +=
                                result.appliedVersions().size();
                    }
                }
                assertThat(appliedPerDatabase).containsOnly(SchemaMigrator.MIGRATIONS.size());
            } finally {
                pool.shutdownNow();
            }
            assertThat(tableCounts(scratch)).containsExactly(25L * 6 + 4, 25L * 6 + 3, 25L * 6 + 3, 25L * 6 + 3);
            assertThat(leaseRows(databases)).isEqualTo(256);
        } finally {
            dropScratchDatabases(scratch);
        }
    }

    private List<String> createScratchDatabases() throws SQLException {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        List<String> names = new ArrayList<>();
        try (Connection connection = server();
                Statement statement = connection.createStatement()) {
            for (int db = 0; db < ShardRouting.DATABASES; db++) {
                String name = "oc_it_migrate_" + suffix + "_" + db;
                try {
                    statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                } catch (SQLException e) {
                    dropScratchDatabases(names);
                    assumeTrue(false, "the stack's user may not create databases: " + e.getMessage());
                }
                names.add(name);
            }
        }
        return names;
    }

    private void dropScratchDatabases(List<String> names) throws SQLException {
        try (Connection connection = server();
                Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    private Connection server() throws SQLException {
        return DriverManager.getConnection(url(""), stack.endpoints.mysqlUser(), stack.endpoints.mysqlPassword());
    }

    private String url(String database) {
        return "jdbc:mariadb://" + stack.endpoints.mysqlHost() + ":" + stack.endpoints.mysqlPort() + "/" + database;
    }

    /** Base tables per database: 150 sharded, t_outbox, t_delay_task, t_schema_version (+ t_worker_lease in ds_0). */
    private List<Long> tableCounts(List<String> databases) throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = server();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_schema = ? AND table_type = 'BASE TABLE' AND (table_name REGEXP"
                        + " '^t_(order|order_item|order_user|order_shop|idempotency|order_timeline)_[0-9]+$'"
                        + " OR table_name IN ('t_outbox', 't_delay_task', 't_schema_version', 't_worker_lease'))")) {
            for (String database : databases) {
                select.setString(1, database);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static long leaseRows(PhysicalDatabases databases) throws SQLException {
        try (Connection connection = databases.database(0).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM t_worker_lease")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
