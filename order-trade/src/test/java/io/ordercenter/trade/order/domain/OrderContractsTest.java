package io.ordercenter.trade.order.domain;

import static io.ordercenter.trade.order.domain.Orders.PAYABLE;
import static io.ordercenter.trade.order.domain.Orders.PAYMENT;
import static io.ordercenter.trade.order.domain.Orders.PLACED_AT;
import static io.ordercenter.trade.order.domain.Orders.RIDER;
import static io.ordercenter.trade.order.domain.Orders.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderEventType;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderContractsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void every_change_of_a_delivered_and_refunded_order_maps_to_its_wire_type_statuses_and_version() {
        List<OrderEvent> wire = life(
                o -> o.pay(PAYMENT, PAYABLE, at(1)),
                o -> o.accept(at(2)),
                o -> o.markReady(at(15)),
                o -> o.pickUp(RIDER, at(20)),
                o -> o.deliver(RIDER, at(35)),
                o -> o.confirm(at(40)),
                o -> o.requestRefund(o.nextRefundId(), 600, "tea was spilled", at(50)),
                o -> o.refundSucceeded(o.openRefund().orElseThrow().id(), at(55)));

        assertThat(wire)
                .extracting(OrderEvent::type, OrderEvent::fromStatus, OrderEvent::toStatus, OrderEvent::version)
                .containsExactly(
                        tuple(OrderEventType.ORDER_PLACED, null, OrderStatus.CREATED, 1L),
                        tuple(OrderEventType.ORDER_PAID, OrderStatus.CREATED, OrderStatus.PAID, 2L),
                        tuple(OrderEventType.ORDER_ACCEPTED, OrderStatus.PAID, OrderStatus.ACCEPTED, 3L),
                        tuple(OrderEventType.ORDER_READY, OrderStatus.ACCEPTED, OrderStatus.READY, 4L),
                        tuple(OrderEventType.ORDER_PICKED_UP, OrderStatus.READY, OrderStatus.DELIVERING, 5L),
                        tuple(OrderEventType.ORDER_DELIVERED, OrderStatus.DELIVERING, OrderStatus.DELIVERED, 6L),
                        tuple(OrderEventType.ORDER_COMPLETED, OrderStatus.DELIVERED, OrderStatus.COMPLETED, 7L),
                        tuple(OrderEventType.REFUND_REQUESTED, OrderStatus.COMPLETED, OrderStatus.COMPLETED, 8L),
                        tuple(OrderEventType.REFUND_SUCCEEDED, OrderStatus.COMPLETED, OrderStatus.COMPLETED, 9L));
        assertThat(wire).allSatisfy(event -> {
            assertThat(event.orderId()).isEqualTo("1234567890123");
            assertThat(event.userId()).isEqualTo("7");
            assertThat(event.shopId()).isEqualTo("42");
            assertThat(event.traceId()).isEqualTo(TRACE);
            assertThat(event.eventId())
                    .hasSize(36)
                    .isEqualTo(OrderContracts.eventId(new OrderId(1234567890123L), event.version()))
                    .isNotEqualTo(OrderContracts.eventId(new OrderId(1234567890123L), event.version() + 1))
                    .isNotEqualTo(OrderContracts.eventId(new OrderId(1234567890124L), event.version()));
        });
        assertThat(wire.get(1).occurredAt()).isEqualTo(at(1));
    }

    @Test
    void every_event_carries_the_order_as_that_event_left_it() {
        List<OrderEvent> wire = life(o -> o.pay(PAYMENT, PAYABLE, at(1)), o -> o.cancel("late", Canceller.USER, at(3)));

        assertThat(wire).allSatisfy(event -> {
            OrderSnapshot order = snapshotOf(event);
            assertThat(order.version()).isEqualTo(event.version());
            assertThat(order.status()).isEqualTo(event.toStatus());
        });
        OrderSnapshot cancelled = snapshotOf(wire.get(2));
        OrderSnapshot refunding = snapshotOf(wire.get(3));
        assertThat(cancelled.refund()).isNull();
        assertThat(refunding.refund())
                .isEqualTo(new OrderSnapshot.Refund(
                        "1234567890123-R1", RefundStatus.REQUESTED, PAYABLE, "late", at(3), null));
    }

    @Test
    void cancelling_a_paid_order_maps_to_a_cancellation_then_a_refund_request() {
        List<OrderEvent> wire = life(o -> o.pay(PAYMENT, PAYABLE, at(1)), o -> o.cancel("late", Canceller.USER, at(3)));

        assertThat(wire.subList(2, 4))
                .extracting(OrderEvent::type, OrderEvent::fromStatus, OrderEvent::toStatus, OrderContractsTest::facts)
                .containsExactly(
                        tuple(
                                OrderEventType.ORDER_CANCELLED,
                                OrderStatus.PAID,
                                OrderStatus.CANCELLED,
                                Map.of("reason", "late", "cancelledBy", "USER")),
                        tuple(
                                OrderEventType.REFUND_REQUESTED,
                                OrderStatus.CANCELLED,
                                OrderStatus.CANCELLED,
                                Map.of("refundId", "1234567890123-R1", "amountCents", PAYABLE, "reason", "late")));
    }

    @Test
    void every_wire_event_type_has_a_domain_event() {
        Set<OrderEventType> types = EnumSet.noneOf(OrderEventType.class);
        life(
                        o -> o.pay(PAYMENT, PAYABLE, at(1)),
                        o -> o.reject("closed", at(2)),
                        o -> o.refundSucceeded(o.openRefund().orElseThrow().id(), at(3)))
                .forEach(e -> types.add(e.type()));
        life(
                        o -> o.pay(PAYMENT, PAYABLE, at(1)),
                        o -> o.accept(at(2)),
                        o -> o.markReady(at(15)),
                        o -> o.pickUp(RIDER, at(20)),
                        o -> o.deliver(RIDER, at(35)),
                        o -> o.confirm(at(40)))
                .forEach(e -> types.add(e.type()));
        life(o -> o.cancel("changed my mind", Canceller.USER, at(1))).forEach(e -> types.add(e.type()));

        assertThat(types).isEqualTo(EnumSet.allOf(OrderEventType.class));
    }

    @Test
    void payload_facts_are_amounts_reasons_and_ids_as_plain_json_values() {
        List<OrderEvent> wire = life(
                o -> o.pay(PAYMENT, PAYABLE, at(1)),
                o -> o.reject("closed", at(2)),
                o -> o.refundSucceeded(o.openRefund().orElseThrow().id(), at(3)));

        assertThat(facts(wire.get(0)))
                .isEqualTo(Map.of(
                        "goodsCents", 4200L,
                        "deliveryFeeCents", 500L,
                        "deliveryFeeWaivedCents", 0L,
                        "discountCents", 0L,
                        "payableCents", PAYABLE));
        assertThat(facts(wire.get(1))).isEqualTo(Map.of("paymentId", "pay-1", "amountCents", PAYABLE));
        assertThat(facts(wire.get(2))).isEqualTo(Map.of("reason", "closed"));
        assertThat(facts(wire.get(4)))
                .isEqualTo(Map.of("refundId", "1234567890123-R1", "amountCents", PAYABLE, "refundedCents", PAYABLE));
        assertThat(wire).allSatisfy(event -> facts(event).values().forEach(OrderContractsTest::assertPlainJson));
    }

    @Test
    void the_snapshot_is_the_order_as_the_api_shows_it() {
        Order order = Orders.deliveringOrder();

        OrderSnapshot snapshot = OrderContracts.toSnapshot(order);

        assertThat(snapshot)
                .isEqualTo(new OrderSnapshot(
                        "1234567890123",
                        "7",
                        "42",
                        "88",
                        OrderStatus.DELIVERING,
                        List.of(
                                new OrderSnapshot.Item("501", "Beef noodles", 2, 1800),
                                new OrderSnapshot.Item("502", "Iced tea", 1, 600)),
                        4200,
                        500,
                        0,
                        0,
                        PAYABLE,
                        null,
                        new OrderSnapshot.Address(
                                "Li Lei", "13800001111", "1 Zhongshan Road, Apt 502", "Shanghai", 31.23, 121.47),
                        "no chili",
                        PLACED_AT,
                        at(1),
                        at(2),
                        at(15),
                        at(20),
                        null,
                        null,
                        null,
                        null,
                        null,
                        5));
    }

    /** Places the default order, applies the steps, and maps every change the way the outbox writer would. */
    @SafeVarargs
    private static List<OrderEvent> life(Function<Order, Transition>... steps) {
        Transition.Applied placed = Order.place(Orders.ORDER_ID, Placements.placeable(), PLACED_AT);
        List<OrderEvent> wire = new ArrayList<>(OrderContracts.toEvents(placed, TRACE));
        Order order = placed.order();
        for (Function<Order, Transition> step : steps) {
            Transition.Applied applied = (Transition.Applied) step.apply(order);
            wire.addAll(OrderContracts.toEvents(applied, TRACE));
            order = applied.order();
        }
        return wire;
    }

    private static OrderSnapshot snapshotOf(OrderEvent event) {
        return (OrderSnapshot) event.payload().get(OrderContracts.PAYLOAD_ORDER);
    }

    /** The payload without the snapshot: the facts particular to the event. */
    private static Map<String, Object> facts(OrderEvent event) {
        Map<String, Object> facts = new HashMap<>(event.payload());
        assertThat(facts.remove(OrderContracts.PAYLOAD_ORDER)).isInstanceOf(OrderSnapshot.class);
        return facts;
    }

    private static void assertPlainJson(Object value) {
        assertThat(value).isInstanceOfAny(String.class, Long.class, Integer.class, Boolean.class);
    }
}
