package io.ordercenter.async.timeout;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.it.StubServices;
import io.ordercenter.async.support.Rows;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.sharding.mybatis.DelayTaskKind;
import io.ordercenter.sharding.mybatis.DelayTaskRow;
import io.ordercenter.sharding.mybatis.DelayTaskStatus;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import io.ordercenter.sharding.mybatis.TimelineKinds;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unpaid timeout and the reservation sweep, from durable tasks in {@code t_delay_task} through to
 * the orders. order-trade's expire endpoint is stubbed by a compare-and-set on the real order row,
 * exactly the guard its state machine applies, so a payment racing the timeout really races it.
 * (Against a running order-trade: not yet, its internal endpoints are being written.)
 */
class UnpaidTimeoutIT extends AsyncIT {

    @BeforeEach
    void tradeExpiresByCompareAndSet() {
        STUBS.onExpire(this::expire);
    }

    @Test
    void an_order_still_unpaid_when_its_timeout_falls_due_is_cancelled() {
        OrderWithItems order = place(Instant.now().minus(Duration.ofMinutes(15)));
        long orderId = order.order().orderId();

        delayTasks.insert(
                DelayTaskRow.unpaidTimeout(orderId, order.order().createdAt(), Duration.ofMinutes(15), Instant.now()));

        Poll.until(
                WAIT,
                "the order is cancelled",
                () -> orders.selectOrder(orderId).status() == OrderStatus.CANCELLED);
        Poll.until(
                WAIT,
                "its task is done",
                () -> task(orderId, DelayTaskKind.UNPAID_TIMEOUT).status() == DelayTaskStatus.DONE);
        assertThat(orders.selectOrder(orderId).version()).isEqualTo(2);
        assertThat(STUBS.tradeCalls).contains("expire " + orderId + " [SYSTEM]");
        Poll.until(WAIT, "the timeline says why", () -> timelineCount(orderId, TimelineKinds.TIMEOUT_CANCELLED) == 1);
    }

    @Test
    void a_payment_racing_the_timeout_leaves_exactly_one_outcome() throws Exception {
        Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        List<Long> orderIds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            OrderWithItems order = place(due.minus(Duration.ofMinutes(15)));
            orderIds.add(order.order().orderId());
            delayTasks.insert(DelayTaskRow.unpaidTimeout(
                    order.order().orderId(), order.order().createdAt(), Duration.ofMinutes(15), Instant.now()));
        }

        ExecutorService payers = Executors.newFixedThreadPool(orderIds.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (long orderId : orderIds) {
                payers.submit(() -> {
                    go.await();
                    return pay(orderId);
                });
            }
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
            go.countDown();
            payers.shutdown();
            assertThat(payers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            payers.shutdownNow();
        }

        for (long orderId : orderIds) {
            Poll.until(
                    WAIT,
                    "the timeout task of " + orderId + " is done",
                    () -> task(orderId, DelayTaskKind.UNPAID_TIMEOUT).status() == DelayTaskStatus.DONE);
            OrderRow row = orders.selectOrder(orderId);
            assertThat(row.version()).as("exactly one change won").isEqualTo(2);
            assertThat(row.status()).isIn(OrderStatus.PAID, OrderStatus.CANCELLED);
            if (row.status() == OrderStatus.PAID) {
                assertThat(timelineCount(orderId, TimelineKinds.TIMEOUT_CANCELLED))
                        .isZero();
            }
        }
    }

    @Test
    void an_order_paid_before_its_timeout_is_never_sent_to_order_trade() {
        OrderWithItems order = place(Instant.now().minus(Duration.ofMinutes(15)));
        long orderId = order.order().orderId();
        assertThat(pay(orderId)).isTrue();

        delayTasks.insert(
                DelayTaskRow.unpaidTimeout(orderId, order.order().createdAt(), Duration.ofMinutes(15), Instant.now()));

        Poll.until(
                WAIT,
                "its task is done",
                () -> task(orderId, DelayTaskKind.UNPAID_TIMEOUT).status() == DelayTaskStatus.DONE);
        assertThat(orders.selectOrder(orderId).status()).isEqualTo(OrderStatus.PAID);
        assertThat(STUBS.tradeCalls).noneMatch(call -> call.startsWith("expire " + orderId + " "));
    }

    @Test
    void the_sweep_releases_the_reservations_of_a_placement_that_never_committed_and_confirms_a_placed_orders() {
        long failedPlacement = newOrderId(randomUserId());
        OrderWithItems placed = place(Instant.now());
        long placedId = placed.order().orderId();
        Instant now = Instant.now();

        delayTasks.insert(DelayTaskRow.reservationSweep(failedPlacement, now, now));
        delayTasks.insert(DelayTaskRow.reservationSweep(placedId, now, now));

        Poll.until(
                WAIT,
                "both sweeps ran",
                () -> task(failedPlacement, DelayTaskKind.RESERVATION_SWEEP).status() == DelayTaskStatus.DONE
                        && task(placedId, DelayTaskKind.RESERVATION_SWEEP).status() == DelayTaskStatus.DONE);
        assertThat(STUBS.reservationCalls)
                .contains(
                        "inventory inv-" + failedPlacement + " release",
                        "coupons cpn-" + failedPlacement + " release",
                        "inventory inv-" + placedId + " confirm",
                        "coupons cpn-" + placedId + " confirm")
                .doesNotContain(
                        "inventory inv-" + failedPlacement + " confirm", "inventory inv-" + placedId + " release");
    }

    private OrderWithItems place(Instant createdAt) {
        long userId = randomUserId();
        OrderWithItems order = Rows.placed(newOrderId(userId), userId, randomUserId(), createdAt);
        transactions().executeWithoutResult(status -> {
            orders.insert(order);
            userOrders.insert(order.order());
        });
        return order;
    }

    /** The payment callback's change: CREATED -> PAID by compare-and-set, as order-trade makes it. */
    private boolean pay(long orderId) {
        OrderRow row = orders.selectOrder(orderId);
        if (row.status() != OrderStatus.CREATED) {
            return false;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OrderRow paid = row.toBuilder()
                .status(OrderStatus.PAID)
                .paymentId("PAY-" + orderId)
                .paidAt(now)
                .version(row.version() + 1)
                .updatedAt(now)
                .build();
        return orders.compareAndSet(paid, row.version()) == 1;
    }

    /** order-trade's expire endpoint, reduced to its guard: cancel by compare-and-set if still unpaid. */
    private StubServices.Answer expire(long orderId) {
        OrderRow row = orders.selectOrder(orderId);
        if (row == null) {
            return new StubServices.Answer(404, Map.of("code", "ORDER_NOT_FOUND"));
        }
        if (row.status() == OrderStatus.CREATED) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            OrderRow cancelled = row.toBuilder()
                    .status(OrderStatus.CANCELLED)
                    .cancelReason("unpaid")
                    .cancelledAt(now)
                    .version(row.version() + 1)
                    .updatedAt(now)
                    .build();
            if (orders.compareAndSet(cancelled, row.version()) == 1) {
                return order(cancelled);
            }
            row = orders.selectOrder(orderId);
        }
        if (row.status() == OrderStatus.CANCELLED) {
            return order(row);
        }
        return new StubServices.Answer(
                409, Map.of("code", "ILLEGAL_STATE_TRANSITION", "detail", "the order is " + row.status()));
    }

    private static StubServices.Answer order(OrderRow row) {
        return new StubServices.Answer(
                200,
                Map.of(
                        "orderId",
                        Long.toString(row.orderId()),
                        "status",
                        row.status().name(),
                        "version",
                        row.version()));
    }

    private DelayTaskRow task(long orderId, DelayTaskKind kind) {
        return delayTasks.selectByOrderId(orderId).stream()
                .filter(t -> t.kind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
