package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MappersIT {

    private final ItStack stack = ItStack.get();

    @Test
    void an_order_reads_back_exactly_as_written_including_nulls_and_milliseconds() {
        long userId = Orders.randomId();
        OrderWithItems placed = Orders.placed(
                stack.ids.next(userId), userId, Orders.randomId(), Instant.parse("2026-03-29T01:30:00.123Z"));
        OrderRow full = placed.order().toBuilder()
                .riderId(77L)
                .status(OrderStatus.CANCELLED)
                .cancelReason("changed my mind")
                .refundId("RF-1")
                .refundStatus(RefundStatus.REQUESTED)
                .refundAmountCents(2_800L)
                .refundReason("cancelled")
                .refundRequestedAt(Instant.parse("2026-03-29T02:30:00.999Z"))
                .cancelledAt(Instant.parse("2026-03-29T02:30:00.001Z"))
                .build();
        stack.transactions.executeWithoutResult(
                status -> stack.orders.insert(new OrderWithItems(full, placed.items())));

        assertThat(stack.orders.findOrder(full.orderId())).contains(new OrderWithItems(full, placed.items()));
        assertThat(stack.orders.findOrder(stack.ids.next(userId))).isEmpty();
    }

    @Test
    void times_survive_a_jvm_zone_whose_daylight_saving_gap_they_fall_into() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin")); // 2026-03-29 02:00-03:00 does not exist there
        try {
            long userId = Orders.randomId();
            Instant inGap = Instant.parse("2026-03-29T02:30:00.001Z");
            OrderWithItems placed = Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), inGap);
            stack.transactions.executeWithoutResult(status -> stack.orders.insert(placed));

            assertThat(stack.orders.selectOrder(placed.order().orderId()).createdAt())
                    .isEqualTo(inGap);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void of_racing_changes_from_the_same_version_exactly_one_wins() throws Exception {
        long userId = Orders.randomId();
        OrderWithItems placed = Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), Instant.now());
        stack.transactions.executeWithoutResult(status -> {
            stack.orders.insert(placed);
            stack.userOrders.insert(placed.order());
        });

        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                OrderRow next = placed.order().toBuilder()
                        .status(OrderStatus.PAID)
                        .paymentId("PAY-" + i)
                        .version(2)
                        .build();
                Callable<Integer> change = () -> {
                    go.await();
                    return stack.transactions.execute(status -> {
                        int won = stack.orders.compareAndSet(next, 1);
                        if (won == 1) {
                            assertThat(stack.userOrders.compareAndSet(next, 1)).isEqualTo(1);
                        }
                        return won;
                    });
                };
                results.add(pool.submit(change));
            }
            go.countDown();
            int winners = 0;
            for (Future<Integer> result : results) {
                winners += result.get();
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        OrderRow stored = stack.orders.selectOrder(placed.order().orderId());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
        assertThat(stack.userOrders.select(userId, stored.orderId())).isEqualTo(stored);
        assertThat(stack.orders.compareAndSet(stored.toBuilder().version(3).build(), 1))
                .isZero();
    }

    @Test
    void the_shop_copy_only_moves_forward_in_version() {
        long userId = Orders.randomId();
        long shopId = Orders.randomId();
        OrderRow v1 = Orders.placed(stack.ids.next(userId), userId, shopId, Instant.now())
                .order();
        OrderRow v2 = v1.toBuilder().status(OrderStatus.PAID).version(2).build();
        OrderRow v3 = v1.toBuilder().status(OrderStatus.ACCEPTED).version(3).build();

        stack.shopOrders.upsert(v1);
        stack.shopOrders.upsert(v3);
        assertThat(stack.shopOrders.select(shopId, v1.orderId())).isEqualTo(v3);

        stack.shopOrders.upsert(v2); // a late, older event
        stack.shopOrders.upsert(v3); // a duplicate
        assertThat(stack.shopOrders.select(shopId, v1.orderId())).isEqualTo(v3);
    }

    @Test
    void an_idempotency_key_is_claimed_once_and_records_its_outcome() {
        long userId = Orders.randomId();
        Instant now = Instant.parse("2026-05-05T10:00:00.500Z");
        String hash = "a".repeat(64);
        IdempotencyRow pending = new IdempotencyRow(userId, "Key-1", hash, null, "PENDING", now, now);

        assertThat(stack.idempotency.insertIfAbsent(pending)).isEqualTo(1);
        assertThat(stack.idempotency.insertIfAbsent(pending)).isZero();
        assertThat(stack.idempotency.insertIfAbsent(
                        new IdempotencyRow(userId, "key-1", hash, null, "PENDING", now, now)))
                .as("keys are case-sensitive")
                .isEqualTo(1);
        assertThat(stack.idempotency.select(userId, "Key-1")).isEqualTo(pending);

        Instant later = now.plusSeconds(1);
        assertThat(stack.idempotency.updateOutcome(userId, "Key-1", "PENDING", "COMPLETED", 42L, later))
                .isEqualTo(1);
        assertThat(stack.idempotency.updateOutcome(userId, "Key-1", "PENDING", "FAILED", null, later))
                .isZero();
        assertThat(stack.idempotency.select(userId, "Key-1"))
                .isEqualTo(new IdempotencyRow(userId, "Key-1", hash, 42L, "COMPLETED", now, later));
        assertThat(stack.idempotency.select(userId, "Key-2")).isNull();
    }

    @Test
    void the_relay_reads_each_databases_outbox_in_order_and_marks_events_published() {
        List<OutboxRow> written = new ArrayList<>();
        int[] perDatabase = new int[ShardRouting.DATABASES];
        // random users until every database holds at least three events (a random dozen can miss one)
        while (java.util.Arrays.stream(perDatabase).min().orElseThrow() < 3) {
            long userId = Orders.randomId();
            int database = ShardRouting.databaseOf(ShardRouting.shardOfUser(userId));
            if (perDatabase[database] >= 3) {
                continue;
            }
            perDatabase[database]++;
            OrderRow order = Orders.placed(stack.ids.next(userId), userId, 1, Instant.now())
                    .order();
            OutboxRow event = Orders.placedEvent(order);
            stack.transactions.executeWithoutResult(status -> stack.outbox.insert(event));
            written.add(event);
        }

        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            int database = db;
            List<OutboxRow> mine = stack.relay.unpublished(db, 10_000).stream()
                    .filter(row -> written.stream().anyMatch(w -> w.eventId().equals(row.eventId())))
                    .toList();
            List<OutboxRow> expected = written.stream()
                    .filter(w -> ShardRouting.databaseOf(ShardRouting.shardOfOrder(w.orderId())) == database)
                    .toList();
            assertThat(mine)
                    .extracting(OutboxRow::eventId)
                    .containsExactlyElementsOf(
                            expected.stream().map(OutboxRow::eventId).toList());
            assertThat(mine).extracting(OutboxRow::id).isSorted();
            assertThat(mine).allSatisfy(row -> {
                assertThat(row.publishedAt()).isNull();
                assertThat(row.payload()).contains("ORDER_PLACED");
            });

            List<Long> ids = mine.stream().map(OutboxRow::id).toList();
            assertThat(stack.relay.markPublished(db, ids, Instant.now())).isEqualTo(ids.size());
            assertThat(stack.relay.markPublished(db, ids, Instant.now())).isZero();
            assertThat(stack.relay.unpublished(db, 10_000))
                    .extracting(OutboxRow::id)
                    .doesNotContainAnyElementsOf(ids);
        }
    }
}
