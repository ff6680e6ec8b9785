package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.routing.ShardRouting;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Delayed tasks: inserted through ShardingSphere with the order, claimed and finished per physical database. */
class DelayTaskIT {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final ItStack stack = ItStack.get();

    @Test
    void a_task_is_stored_once_per_kind_order_and_ref_in_its_orders_database() throws SQLException {
        long orderId = newOrderId();
        Instant now = Instant.now();
        DelayTaskRow timeout = DelayTaskRow.unpaidTimeout(orderId, now, Duration.ofMinutes(15), now);

        assertThat(stack.delayTasks.insert(timeout)).isEqualTo(1);
        assertThat(stack.delayTasks.insert(timeout))
                .as("same kind, order, no ref")
                .isZero();
        assertThat(stack.delayTasks.insert(DelayTaskRow.reservationSweep(orderId, now.plusSeconds(120), now)))
                .isEqualTo(1);
        assertThat(stack.delayTasks.insert(DelayTaskRow.refundRetry(orderId, "RF-1", now, now)))
                .isEqualTo(1);
        assertThat(stack.delayTasks.insert(DelayTaskRow.refundRetry(orderId, "RF-1", now.plusSeconds(5), now)))
                .isZero();
        assertThat(stack.delayTasks.insert(DelayTaskRow.refundRetry(orderId, "RF-2", now, now)))
                .isEqualTo(1);

        List<DelayTaskRow> stored = stack.delayTasks.selectByOrderId(orderId);
        assertThat(stored)
                .extracting(DelayTaskRow::kind, DelayTaskRow::ref)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DelayTaskKind.UNPAID_TIMEOUT, null),
                        org.assertj.core.groups.Tuple.tuple(DelayTaskKind.RESERVATION_SWEEP, null),
                        org.assertj.core.groups.Tuple.tuple(DelayTaskKind.REFUND_RETRY, "RF-1"),
                        org.assertj.core.groups.Tuple.tuple(DelayTaskKind.REFUND_RETRY, "RF-2"));
        assertThat(stored.get(0).dueAt())
                .isEqualTo(now.plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MILLIS));
        assertThat(stored).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(DelayTaskStatus.PENDING);
            assertThat(row.attempts()).isZero();
        });

        int database = DelayTaskStore.databaseOf(orderId);
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            assertThat(stack.count(db, "t_delay_task", "order_id", orderId)).isEqualTo(db == database ? 4 : 0);
        }
    }

    @Test
    void a_task_commits_or_rolls_back_with_the_orders_transaction() {
        long userId = Orders.randomId();
        OrderWithItems order = Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), Instant.now());
        long orderId = order.order().orderId();
        try {
            stack.transactions.executeWithoutResult(status -> {
                stack.orders.insert(order);
                stack.delayTasks.insert(DelayTaskRow.unpaidTimeout(
                        orderId, order.order().createdAt(), Duration.ofMinutes(15), Instant.now()));
                throw new IllegalStateException("placement failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(stack.delayTasks.selectByOrderId(orderId)).isEmpty();
        assertThat(stack.orders.selectOrder(orderId)).isNull();
    }

    @Test
    void a_claimed_task_is_leased_and_its_outcome_is_fenced_by_the_attempt() {
        long orderId = newOrderId();
        int db = DelayTaskStore.databaseOf(orderId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        stack.delayTasks.insert(DelayTaskRow.unpaidTimeout(orderId, now.minusSeconds(60), Duration.ofSeconds(30), now));
        stack.delayTasks.insert(DelayTaskRow.reservationSweep(orderId, now.plusSeconds(3600), now));

        DelayTaskRow first = mine(stack.delayTaskStore.claimDue(db, now, LEASE, 1000), orderId);
        assertThat(first.kind()).as("only the due task").isEqualTo(DelayTaskKind.UNPAID_TIMEOUT);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.dueAt()).as("as it fell due").isEqualTo(now.minusSeconds(30));
        assertThat(stack.delayTaskStore.find(db, first.id()).orElseThrow().dueAt())
                .isEqualTo(now.plus(LEASE));
        assertThat(claimedOf(stack.delayTaskStore.claimDue(db, now.plusSeconds(1), LEASE, 1000), orderId))
                .as("held by the first claim until its lease ends")
                .isEmpty();

        Instant afterLease = now.plus(LEASE).plusMillis(1);
        DelayTaskRow second = mine(stack.delayTaskStore.claimDue(db, afterLease, LEASE, 1000), orderId);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.attempts()).isEqualTo(2);

        assertThat(stack.delayTaskStore.markDone(db, first, afterLease))
                .as("the first worker lost its claim")
                .isFalse();
        assertThat(stack.delayTaskStore.reschedule(db, first, afterLease, "late", afterLease))
                .isFalse();
        assertThat(stack.delayTaskStore.markDone(db, second, afterLease)).isTrue();
        assertThat(stack.delayTaskStore.find(db, first.id()).orElseThrow().status())
                .isEqualTo(DelayTaskStatus.DONE);
        assertThat(claimedOf(
                        stack.delayTaskStore.claimDue(db, afterLease.plus(LEASE.multipliedBy(4)), LEASE, 1000),
                        orderId))
                .as("a done task never runs again; the sweep is not due yet")
                .isEmpty();
    }

    @Test
    void a_rescheduled_task_comes_back_when_due_and_a_dead_one_never_does() {
        long orderId = newOrderId();
        int db = DelayTaskStore.databaseOf(orderId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        stack.delayTasks.insert(DelayTaskRow.refundRetry(orderId, "RF-9", now.minusSeconds(1), now));

        DelayTaskRow claimed = mine(stack.delayTaskStore.claimDue(db, now, LEASE, 1000), orderId);
        Instant retryAt = now.plusSeconds(2);
        assertThat(stack.delayTaskStore.reschedule(db, claimed, retryAt, "x".repeat(600), now))
                .isTrue();
        DelayTaskRow stored = stack.delayTaskStore.find(db, claimed.id()).orElseThrow();
        assertThat(stored.dueAt()).isEqualTo(retryAt);
        assertThat(stored.lastError()).hasSize(DelayTaskRow.MAX_ERROR_LENGTH);
        assertThat(stored.status()).isEqualTo(DelayTaskStatus.PENDING);
        assertThat(stack.delayTaskStore.countPending(db, DelayTaskKind.REFUND_RETRY, 1))
                .isPositive();

        assertThat(claimedOf(stack.delayTaskStore.claimDue(db, retryAt.minusMillis(1), LEASE, 1000), orderId))
                .isEmpty();
        DelayTaskRow again = mine(stack.delayTaskStore.claimDue(db, retryAt, LEASE, 1000), orderId);
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(stack.delayTaskStore.markDead(db, again, "channel refuses", retryAt))
                .isTrue();
        assertThat(stack.delayTaskStore.find(db, again.id()).orElseThrow()).satisfies(row -> {
            assertThat(row.status()).isEqualTo(DelayTaskStatus.DEAD);
            assertThat(row.lastError()).isEqualTo("channel refuses");
        });
        assertThat(claimedOf(stack.delayTaskStore.claimDue(db, retryAt.plus(Duration.ofDays(1)), LEASE, 1000), orderId))
                .isEmpty();
    }

    @Test
    void racing_workers_claim_each_due_task_exactly_once() throws Exception {
        int db = 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Set<Long> orderIds = new HashSet<>();
        while (orderIds.size() < 40) {
            long orderId = newOrderId();
            if (DelayTaskStore.databaseOf(orderId) == db) {
                stack.delayTasks.insert(
                        DelayTaskRow.unpaidTimeout(orderId, now.minusSeconds(120), Duration.ofSeconds(60), now));
                orderIds.add(orderId);
            }
        }

        int workers = 4;
        Map<Long, AtomicInteger> claims = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Callable<Void> worker = () -> {
                    go.await();
                    while (true) {
                        List<DelayTaskRow> batch = stack.delayTaskStore.claimDue(db, now, LEASE, 3);
                        if (batch.isEmpty()) {
                            return null;
                        }
                        for (DelayTaskRow row : batch) {
                            claims.computeIfAbsent(row.orderId(), id -> new AtomicInteger())
                                    .incrementAndGet();
                            stack.delayTaskStore.markDone(db, row, now);
                        }
                    }
                };
                runs.add(pool.submit(worker));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (long orderId : orderIds) {
            assertThat(claims.get(orderId)).as("claims of order %d", orderId).hasValue(1);
        }
    }

    private long newOrderId() {
        long userId = Orders.randomId();
        return stack.ids.next(userId);
    }

    private static DelayTaskRow mine(List<DelayTaskRow> claimed, long orderId) {
        List<DelayTaskRow> rows = claimedOf(claimed, orderId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<DelayTaskRow> claimedOf(List<DelayTaskRow> claimed, long orderId) {
        return claimed.stream().filter(row -> row.orderId() == orderId).toList();
    }
}
