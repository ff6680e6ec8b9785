package io.ordercenter.async.reconciliation.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.async.reconciliation.application.Reconciler;
import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.ReconciliationReport;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.sharding.config.PhysicalDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs reconciliations, scheduled and on demand, one at a time across all instances (a {@code
 * GET_LOCK} in {@code ds_0} held for the run), and publishes the last run's figures:
 * {@code ordercenter.reconciliation.mismatches{copy}}, {@code ordercenter.reconciliation.checked},
 * and the counters of runs and repairs.
 */
public final class ReconciliationJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);
    private static final String LOCK = "ordercenter_reconciliation";

    private final Reconciler reconciler;
    private final PhysicalDatabases databases;
    private final ReconciliationProperties properties;
    private final Clock clock;
    private final Map<Copy, AtomicLong> mismatches = new EnumMap<>(Copy.class);
    private final AtomicLong checked = new AtomicLong();
    private final Counter runs;
    private final Counter repaired;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    public ReconciliationJob(
            Reconciler reconciler,
            PhysicalDatabases databases,
            ReconciliationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.reconciler = reconciler;
        this.databases = databases;
        this.properties = properties;
        this.clock = clock;
        for (Copy copy : Copy.values()) {
            AtomicLong count = new AtomicLong();
            mismatches.put(copy, count);
            Gauge.builder("ordercenter.reconciliation.mismatches", count, AtomicLong::get)
                    .description("differences from the order copy found by the last reconciliation")
                    .tag("copy", copy.name())
                    .register(meters);
        }
        Gauge.builder("ordercenter.reconciliation.checked", checked, AtomicLong::get)
                .description("orders checked by the last reconciliation")
                .register(meters);
        this.runs = Counter.builder("ordercenter.reconciliation.runs").register(meters);
        this.repaired = Counter.builder("ordercenter.reconciliation.repaired")
                .description("copies re-projected from the order copy")
                .register(meters);
    }

    /**
     * Runs one reconciliation of {@code [from, to)} now, unless one is running somewhere.
     *
     * @return the report, or empty if another run holds the lock
     */
    public Optional<ReconciliationReport> runNow(Instant from, Instant to, boolean repair) {
        try (Connection lockHolder = databases.database(0).getConnection()) {
            if (!lock(lockHolder, "SELECT GET_LOCK(?, 0)")) {
                return Optional.empty();
            }
            try {
                ReconciliationReport report = reconciler.run(from, to, repair);
                publish(report);
                log.info(
                        "reconciliation {} of [{}, {}): {} orders, {} mismatches, {} repaired",
                        report.runId(),
                        from,
                        to,
                        report.checked(),
                        report.mismatchCount(),
                        report.repaired());
                return Optional.of(report);
            } finally {
                lock(lockHolder, "SELECT RELEASE_LOCK(?)");
            }
        } catch (SQLException e) {
            throw Transient.dependencyUnavailable("database", e);
        }
    }

    /** The scheduled run: the last {@code window}, up to {@code settle} ago. */
    void scheduledRun() {
        try {
            Instant to = clock.instant().minus(properties.settle());
            runNow(to.minus(properties.window()), to, properties.autoRepair());
        } catch (RuntimeException e) {
            log.warn("scheduled reconciliation failed: {}", e.toString());
        }
    }

    private void publish(ReconciliationReport report) {
        runs.increment();
        repaired.increment(report.repaired());
        checked.set(report.checked());
        report.mismatchesByCopy().forEach((copy, count) -> mismatches.get(copy).set(count));
    }

    private static boolean lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, LOCK);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!properties.scheduled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reconciliation");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(
                this::scheduledRun,
                properties.initialDelay().toMillis(),
                properties.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
