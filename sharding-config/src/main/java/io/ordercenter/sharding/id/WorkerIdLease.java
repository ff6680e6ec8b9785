package io.ordercenter.sharding.id;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases one worker id (0..255) from the {@code t_worker_lease} table so that no two live
 * instances issue order ids under the same worker id.
 *
 * <h2>Guarantee</h2>
 *
 * <p>At any moment at most one instance holds a <em>valid</em> {@link WorkerGrant} for a given worker
 * id, and the ids issued under successive holders of one worker id have strictly increasing
 * timestamps. Together with {@link OrderIdGenerator} (unique per worker id and millisecond) this makes
 * order ids unique across all instances, restarts and hand-overs.
 *
 * <h2>How</h2>
 *
 * <ul>
 *   <li><b>Claim</b>: one atomic conditional {@code UPDATE ... WHERE worker_id = ? AND (owner IS NULL
 *       OR lease_until < now)}; of two racing instances exactly one sees an affected row. Every
 *       comparison uses the database clock ({@code UTC_TIMESTAMP(3)}, i.e. {@code NOW(3)} in UTC and so
 *       independent of the session time zone), never the instances' clocks, which may disagree.
 *   <li><b>Validity</b>: before each claim or renewal the instance reads its monotonic clock
 *       ({@code t0}); the database sets {@code lease_until = now + lease} after that. The local grant
 *       is valid until {@code t0 + lease - safetyMargin}, so it ends before the row can be claimed by
 *       anyone else even if a renewal response is lost; the margin absorbs clock-rate drift and the
 *       time between checking a grant and using it. After that the generator refuses to issue ids
 *       (fail closed) until a renewal succeeds again or another worker id is acquired.
 *   <li><b>Renewal</b>: every {@code renewInterval} an {@code UPDATE ... WHERE worker_id = ? AND owner =
 *       ?} extends the row. Zero affected rows means someone else took it: the grant is dropped at
 *       once and a new worker id is acquired. A failing database leaves the grant to run out.
 *   <li><b>Hand-over</b>: before a grant is handed out, the holder records in {@code issued_until_ms}
 *       the last epoch millisecond it may use ({@link WorkerGrant#notAfterMillis()}; the generator
 *       never exceeds it). The next holder reads that value as its floor and only issues ids after it,
 *       so clock differences between instances cannot create duplicate ids. Free rows are tried in
 *       {@code issued_until_ms} order, so a fresh instance normally gets a row whose floor is long
 *       past.
 *   <li><b>Release</b> on {@link #close()}: the grant is dropped first, then the row is freed.
 * </ul>
 *
 * <p>The table lives in {@code ds_0} only and is used through a plain {@link DataSource}, not
 * ShardingSphere. {@code SchemaMigrator} creates it with its 256 rows.
 */
public final class WorkerIdLease implements WorkerIdSource, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkerIdLease.class);

    private static final int CANDIDATES = 16;

    /**
     * Timing of the lease.
     *
     * @param leaseDuration how long a claim or renewal holds the row in the database
     * @param renewInterval how often the row is renewed; must be well below {@code leaseDuration -
     *     safetyMargin} so that several renewals may fail before the grant runs out
     * @param safetyMargin how long before the database lease ends the local grant ends
     * @param acquireTimeout how long {@link #start()} tries to get a worker id before failing
     * @param maxFloorWait how long an acquisition may wait for a free row's floor to pass; rows whose
     *     floor is further ahead are skipped
     * @param minWorkerId lowest worker id this instance may take
     * @param maxWorkerId highest worker id this instance may take
     */
    public record Settings(
            Duration leaseDuration,
            Duration renewInterval,
            Duration safetyMargin,
            Duration acquireTimeout,
            Duration maxFloorWait,
            int minWorkerId,
            int maxWorkerId) {

        public Settings {
            Objects.requireNonNull(leaseDuration, "leaseDuration");
            Objects.requireNonNull(renewInterval, "renewInterval");
            Objects.requireNonNull(safetyMargin, "safetyMargin");
            Objects.requireNonNull(acquireTimeout, "acquireTimeout");
            Objects.requireNonNull(maxFloorWait, "maxFloorWait");
            if (safetyMargin.isNegative() || safetyMargin.isZero() || safetyMargin.compareTo(leaseDuration) >= 0) {
                throw new IllegalArgumentException("safetyMargin must be in (0, leaseDuration)");
            }
            if (renewInterval.isNegative()
                    || renewInterval.isZero()
                    || renewInterval.compareTo(leaseDuration.minus(safetyMargin)) >= 0) {
                throw new IllegalArgumentException("renewInterval must be in (0, leaseDuration - safetyMargin)");
            }
            if (minWorkerId < 0 || maxWorkerId > OrderIdGenerator.MAX_WORKER_ID || minWorkerId > maxWorkerId) {
                throw new IllegalArgumentException("Worker id range must lie in 0.." + OrderIdGenerator.MAX_WORKER_ID);
            }
        }

        /** 60 s lease renewed every 10 s, grant valid 50 s after the last renewal, all 256 ids. */
        public static Settings defaults() {
            return new Settings(
                    Duration.ofSeconds(60),
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(2),
                    0,
                    OrderIdGenerator.MAX_WORKER_ID);
        }

        Duration grantValidity() {
            return leaseDuration.minus(safetyMargin);
        }
    }

    private final DataSource dataSource;
    private final Settings settings;
    private final String owner;
    private final LongSupplier epochMillis;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService scheduler;

    private volatile WorkerGrant grant;
    private ScheduledFuture<?> renewal; // guarded by this
    private boolean closed; // guarded by this

    /**
     * A lease on {@code t_worker_lease} in {@code dataSource} (the plain pool of {@code ds_0}). Call
     * {@link #start()} before use.
     */
    public WorkerIdLease(DataSource dataSource, Settings settings) {
        this(dataSource, settings, defaultOwner(), System::currentTimeMillis, System::nanoTime);
    }

    WorkerIdLease(
            DataSource dataSource, Settings settings, String owner, LongSupplier epochMillis, LongSupplier nanoTime) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (owner.length() > 128) {
            throw new IllegalArgumentException("owner longer than 128 characters");
        }
        this.owner = owner;
        this.epochMillis = epochMillis;
        this.nanoTime = nanoTime;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "worker-id-lease");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Acquires a worker id (retrying for up to {@code acquireTimeout}) and starts renewing it.
     *
     * @throws IllegalStateException if no worker id could be acquired in time
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("Lease is closed");
        }
        if (renewal != null) {
            return;
        }
        long deadline = nanoTime.getAsLong() + settings.acquireTimeout().toNanos();
        Exception lastFailure = null;
        while (grant == null) {
            try {
                tryAcquire();
            } catch (SQLException | RuntimeException e) {
                lastFailure = e;
                log.warn("Could not acquire a worker id yet: {}", e.toString());
            }
            if (grant != null) {
                break;
            }
            if (nanoTime.getAsLong() - deadline > 0) {
                throw new IllegalStateException(
                        "No worker id available in " + settings.minWorkerId() + ".." + settings.maxWorkerId()
                                + " within " + settings.acquireTimeout(),
                        lastFailure);
            }
            sleep(Duration.ofMillis(250));
        }
        long interval = settings.renewInterval().toMillis();
        renewal = scheduler.scheduleWithFixedDelay(this::renewOrReacquire, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public WorkerGrant grant() {
        WorkerGrant current = grant;
        if (current == null) {
            throw new WorkerIdUnavailableException("No worker id is held");
        }
        if (!current.isValidAt(nanoTime.getAsLong())) {
            throw new WorkerIdUnavailableException(
                    "The lease on worker id " + current.workerId() + " could not be renewed in time");
        }
        return current;
    }

    /** The worker id held right now, if its grant is still valid. */
    public OptionalInt workerId() {
        WorkerGrant current = grant;
        return current != null && current.isValidAt(nanoTime.getAsLong())
                ? OptionalInt.of(current.workerId())
                : OptionalInt.empty();
    }

    /** The identity this instance writes into {@code owner}. */
    public String owner() {
        return owner;
    }

    /** Stops renewing, drops the grant and frees the row. */
    @Override
    public void close() {
        WorkerGrant released;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (renewal != null) {
                renewal.cancel(false);
            }
            released = grant;
            grant = null;
        }
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (released != null) {
            try {
                release(released.workerId());
                log.info("Released worker id {}", released.workerId());
            } catch (SQLException e) {
                log.warn("Could not release worker id {}; it frees itself when its lease ends", released.workerId(), e);
            }
        }
    }

    /** Stops the scheduled renewals but keeps the grant until it runs out (tests simulate a stall). */
    synchronized void stopRenewing() {
        if (renewal != null) {
            renewal.cancel(false);
        }
    }

    /** Runs one renewal (or re-acquisition) now, as the schedule would. */
    void renewNow() {
        renewOrReacquire();
    }

    private void renewOrReacquire() {
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                if (grant == null) {
                    tryAcquire();
                } else {
                    renew(grant);
                }
            } catch (SQLException | RuntimeException e) {
                WorkerGrant current = grant;
                log.warn(
                        "Worker id lease renewal failed ({}); the grant on {} stays valid only until it runs out",
                        e.toString(),
                        current == null ? "no worker id" : current.workerId());
            }
        }
    }

    private void renew(WorkerGrant current) throws SQLException {
        long t0 = nanoTime.getAsLong();
        long notAfter = Math.max(current.notAfterMillis(), epochMillis.getAsLong() + validityMillis());
        int updated;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE t_worker_lease"
                        + " SET lease_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND,"
                        + " renewed_at = UTC_TIMESTAMP(3), issued_until_ms = GREATEST(issued_until_ms, ?)"
                        + " WHERE worker_id = ? AND owner = ?")) {
            update.setLong(1, settings.leaseDuration().toNanos() / 1000);
            update.setLong(2, notAfter);
            update.setInt(3, current.workerId());
            update.setString(4, owner);
            updated = update.executeUpdate();
        }
        if (updated == 1) {
            grant = new WorkerGrant(current.workerId(), current.floorMillis(), notAfter, t0 + validityNanos(), true);
        } else {
            grant = null;
            log.error(
                    "Lost the lease on worker id {}: another instance holds it; acquiring a new one",
                    current.workerId());
            tryAcquire();
        }
    }

    private void tryAcquire() throws SQLException {
        for (Candidate candidate : freeCandidates()) {
            if (candidate.issuedUntilMillis() - epochMillis.getAsLong()
                    > settings.maxFloorWait().toMillis()) {
                continue; // its previous holder may have used ids up to a time still too far ahead
            }
            long t0 = nanoTime.getAsLong();
            if (!claim(candidate.workerId())) {
                continue; // someone else was faster
            }
            long floor = readFloor(candidate.workerId());
            long wait = floor - epochMillis.getAsLong();
            if (wait > settings.maxFloorWait().toMillis()) {
                release(candidate.workerId()); // raised by a holder in between; try another row
                continue;
            }
            if (wait >= 0) {
                sleep(Duration.ofMillis(wait + 1));
            }
            long notAfter = Math.max(floor + 1, epochMillis.getAsLong()) + validityMillis();
            if (!recordIssuedUntil(candidate.workerId(), notAfter)) {
                continue; // lost it again already (only if someone tampered with the row)
            }
            grant = new WorkerGrant(candidate.workerId(), floor, notAfter, t0 + validityNanos(), true);
            log.info("Acquired worker id {} as {}", candidate.workerId(), owner);
            return;
        }
    }

    private List<Candidate> freeCandidates() throws SQLException {
        List<Candidate> candidates = new ArrayList<>(CANDIDATES);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT worker_id, issued_until_ms"
                        + " FROM t_worker_lease WHERE worker_id BETWEEN ? AND ?"
                        + " AND (owner IS NULL OR lease_until < UTC_TIMESTAMP(3))"
                        + " ORDER BY issued_until_ms, worker_id LIMIT " + CANDIDATES)) {
            select.setInt(1, settings.minWorkerId());
            select.setInt(2, settings.maxWorkerId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(rows.getInt(1), rows.getLong(2)));
                }
            }
        }
        return candidates;
    }

    private boolean claim(int workerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE t_worker_lease"
                        + " SET owner = ?, lease_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND,"
                        + " acquired_at = UTC_TIMESTAMP(3), renewed_at = UTC_TIMESTAMP(3)"
                        + " WHERE worker_id = ? AND (owner IS NULL OR lease_until < UTC_TIMESTAMP(3))")) {
            update.setString(1, owner);
            update.setLong(2, settings.leaseDuration().toNanos() / 1000);
            update.setInt(3, workerId);
            return update.executeUpdate() == 1;
        }
    }

    private long readFloor(int workerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT issued_until_ms FROM t_worker_lease WHERE worker_id = ? AND owner = ?")) {
            select.setInt(1, workerId);
            select.setString(2, owner);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("Worker id " + workerId + " vanished right after it was claimed");
                }
                return rows.getLong(1);
            }
        }
    }

    private boolean recordIssuedUntil(int workerId, long notAfter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE t_worker_lease"
                        + " SET issued_until_ms = GREATEST(issued_until_ms, ?) WHERE worker_id = ? AND owner = ?")) {
            update.setLong(1, notAfter);
            update.setInt(2, workerId);
            update.setString(3, owner);
            return update.executeUpdate() == 1;
        }
    }

    private void release(int workerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE t_worker_lease"
                        + " SET owner = NULL, lease_until = NULL WHERE worker_id = ? AND owner = ?")) {
            update.setInt(1, workerId);
            update.setString(2, owner);
            update.executeUpdate();
        }
    }

    private long validityMillis() {
        return settings.grantValidity().toMillis();
    }

    private long validityNanos() {
        return settings.grantValidity().toNanos();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while acquiring a worker id", e);
        }
    }

    private static String defaultOwner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        if (host.length() > 60) {
            host = host.substring(0, 60);
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private record Candidate(int workerId, long issuedUntilMillis) {}
}
