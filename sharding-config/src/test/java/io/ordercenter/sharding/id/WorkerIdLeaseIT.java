package io.ordercenter.sharding.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Poll;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Worker-id leases on the real {@code t_worker_lease}: never shared, handed over safely, released. */
class WorkerIdLeaseIT {

    private final ItStack stack = ItStack.get();
    private final DataSource ds0 = stack.storage.databases().database(0);

    @Test
    void instances_starting_together_never_get_the_same_worker_id() throws Exception {
        int instances = 12;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch go = new CountDownLatch(1);
        List<WorkerIdLease> leases = new ArrayList<>();
        try {
            List<Future<Integer>> ids = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                WorkerIdLease lease = new WorkerIdLease(ds0, WorkerIdLease.Settings.defaults());
                leases.add(lease);
                ids.add(pool.submit(() -> {
                    go.await();
                    lease.start();
                    return lease.grant().workerId();
                }));
            }
            go.countDown();
            Set<Integer> distinct = new HashSet<>();
            for (Future<Integer> id : ids) {
                distinct.add(id.get());
            }
            distinct.add(stack.lease.grant().workerId());
            assertThat(distinct).hasSize(instances + 1);
            for (WorkerIdLease lease : leases) {
                assertThat(owner(lease.grant().workerId())).isEqualTo(lease.owner());
            }
        } finally {
            leases.forEach(WorkerIdLease::close);
            pool.shutdownNow();
        }
        for (WorkerIdLease lease : leases) {
            assertThat(lease.workerId()).isEmpty();
        }
    }

    @Test
    void a_stalled_holder_stops_issuing_before_another_instance_can_take_its_worker_id() throws Exception {
        int workerId = freeWorkerId();
        WorkerIdLease.Settings settings = new WorkerIdLease.Settings(
                Duration.ofSeconds(3),
                Duration.ofMillis(500),
                Duration.ofSeconds(1),
                Duration.ofSeconds(20),
                Duration.ofSeconds(3),
                workerId,
                workerId);
        WorkerIdLease first = new WorkerIdLease(ds0, settings);
        WorkerIdLease second = new WorkerIdLease(ds0, settings);
        try {
            first.start();
            OrderIdGenerator firstIds = new OrderIdGenerator(first);
            long[] lastOfFirst = {firstIds.next(1)};
            assertThat(OrderIdGenerator.workerOf(lastOfFirst[0])).isEqualTo(workerId);

            first.stopRenewing(); // the holder stalls: no more renewals
            CompletableFuture<Void> secondStarted = CompletableFuture.runAsync(second::start);
            Poll.until(Duration.ofSeconds(20), "the second instance holds the worker id", () -> {
                boolean firstHolds = first.workerId().isPresent();
                boolean secondHolds = second.workerId().isPresent();
                assertThat(firstHolds && secondHolds)
                        .as("both hold worker id %d", workerId)
                        .isFalse();
                if (firstHolds) {
                    try {
                        lastOfFirst[0] = firstIds.next(1); // still allowed while the grant lasts
                    } catch (WorkerIdUnavailableException justExpired) {
                        // the grant ran out between the check and the call
                    }
                }
                return secondHolds;
            });
            secondStarted.get();

            assertThat(second.grant().workerId()).isEqualTo(workerId);
            assertThatThrownBy(() -> firstIds.next(1)).isInstanceOf(WorkerIdUnavailableException.class);
            assertThat(second.grant().floorMillis())
                    .isGreaterThanOrEqualTo(
                            OrderIdGenerator.timestampOf(lastOfFirst[0]).toEpochMilli());
            long firstOfSecond = new OrderIdGenerator(second).next(1);
            assertThat(OrderIdGenerator.timestampOf(firstOfSecond))
                    .isAfter(OrderIdGenerator.timestampOf(lastOfFirst[0]));
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void a_holder_whose_row_was_taken_stops_issuing_at_its_next_renewal() throws Exception {
        int workerId = freeWorkerId();
        WorkerIdLease.Settings settings = new WorkerIdLease.Settings(
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                workerId,
                workerId);
        WorkerIdLease lease = new WorkerIdLease(ds0, settings);
        try {
            lease.start();
            OrderIdGenerator ids = new OrderIdGenerator(lease);
            ids.next(1);

            update("UPDATE t_worker_lease SET owner = 'intruder' WHERE worker_id = ?", workerId);

            Poll.until(Duration.ofSeconds(5), "the lease notices", () -> lease.workerId()
                    .isEmpty());
            assertThatThrownBy(() -> ids.next(1)).isInstanceOf(WorkerIdUnavailableException.class);
        } finally {
            lease.close();
            update("UPDATE t_worker_lease SET owner = NULL, lease_until = NULL WHERE worker_id = ?", workerId);
        }
    }

    @Test
    void closing_frees_the_row_and_renewals_extend_it() throws Exception {
        WorkerIdLease lease = new WorkerIdLease(ds0, WorkerIdLease.Settings.defaults());
        lease.start();
        int workerId = lease.grant().workerId();
        long before = lease.grant().validUntilNanos();
        lease.renewNow();
        assertThat(lease.grant().validUntilNanos()).isGreaterThan(before);
        assertThat(owner(workerId)).isEqualTo(lease.owner());

        lease.close();

        assertThat(owner(workerId)).isNull();
        assertThatThrownBy(lease::grant).isInstanceOf(WorkerIdUnavailableException.class);
    }

    /**
     * A worker id nobody holds and whose hand-over floor has passed; the highest such, since leases
     * with the default settings take low ids first.
     */
    private int freeWorkerId() throws SQLException {
        try (Connection connection = ds0.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT worker_id FROM t_worker_lease"
                        + " WHERE (owner IS NULL OR lease_until < UTC_TIMESTAMP(3)) AND issued_until_ms < ?"
                        + " ORDER BY worker_id DESC LIMIT 1")) {
            select.setLong(1, System.currentTimeMillis());
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getInt(1);
            }
        }
    }

    private String owner(int workerId) throws SQLException {
        try (Connection connection = ds0.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT owner FROM t_worker_lease WHERE worker_id = ?")) {
            select.setInt(1, workerId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private void update(String sql, int workerId) throws SQLException {
        try (Connection connection = ds0.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, workerId);
            update.executeUpdate();
        }
    }
}
