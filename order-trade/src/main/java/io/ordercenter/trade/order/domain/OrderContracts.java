package io.ordercenter.trade.order.domain;

import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.trade.refund.domain.Refund;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the domain onto the wire contracts: an {@link Order} to the {@link OrderSnapshot} the API shows and events
 * carry, a {@link Transition.Change} to the {@link OrderEvent} the outbox stores. Pure; no Java class name reaches
 * the wire (types are {@link io.ordercenter.contracts.OrderEventType} values, ids are strings).
 */
public final class OrderContracts {
    /** The payload key under which every event carries the order as that event left it. */
    public static final String PAYLOAD_ORDER = "order";

    private OrderContracts() {}

    /** The events of a change, in version order. */
    public static List<OrderEvent> toEvents(Transition.Applied applied, String traceId) {
        return applied.changes().stream()
                .map(change -> toEvent(change, traceId))
                .toList();
    }

    /**
     * One event: its type, statuses and version, a payload of its own facts plus {@value #PAYLOAD_ORDER}, the
     * snapshot at exactly the event's version (so a projection guarded by version never takes a later state for an
     * earlier event).
     *
     * @param traceId the trace the change happened in, or {@code null}
     */
    public static OrderEvent toEvent(Transition.Change change, String traceId) {
        Order order = change.order();
        OrderDomainEvent event = change.event();
        Map<String, Object> payload = new LinkedHashMap<>(event.payload());
        payload.put(PAYLOAD_ORDER, toSnapshot(order));
        return new OrderEvent(
                eventId(order.id(), event.version()),
                id(order.id().value()),
                id(order.userId().value()),
                id(order.shopId().value()),
                event.type(),
                event.fromStatus(),
                event.toStatus(),
                event.version(),
                event.occurredAt(),
                traceId,
                payload);
    }

    /** The order as the public API shows it (phone unmasked: masking is the reader's job). */
    public static OrderSnapshot toSnapshot(Order order) {
        DeliveryAddress a = order.address();
        PriceBreakdown charges = order.charges();
        return new OrderSnapshot(
                id(order.id().value()),
                id(order.userId().value()),
                id(order.shopId().value()),
                order.riderId().map(r -> id(r.value())).orElse(null),
                order.status(),
                order.items().stream()
                        .map(line -> new OrderSnapshot.Item(
                                id(line.skuId().value()), line.name(), line.quantity(), line.unitPriceCents()))
                        .toList(),
                charges.goodsCents(),
                charges.deliveryFeeCents(),
                charges.deliveryFeeWaivedCents(),
                charges.discountCents(),
                charges.payableCents(),
                order.couponId().map(CouponId::value).orElse(null),
                new OrderSnapshot.Address(a.contactName(), a.phone(), a.line1(), a.city(), a.lat(), a.lng()),
                order.remark().orElse(null),
                order.createdAt(),
                order.paidAt().orElse(null),
                order.acceptedAt().orElse(null),
                order.readyAt().orElse(null),
                order.pickedUpAt().orElse(null),
                order.deliveredAt().orElse(null),
                order.completedAt().orElse(null),
                order.cancelledAt().orElse(null),
                order.cancelReason().orElse(null),
                order.latestRefund().map(OrderContracts::toSnapshot).orElse(null),
                order.version());
    }

    /**
     * {@code <orderId>-<version>}: one event per version of an order, so the id is unique, and the same event relayed
     * twice keeps its id, which lets consumers drop the duplicate.
     */
    public static String eventId(OrderId orderId, long version) {
        return OrderEvent.idFor(Long.toString(orderId.value()), version);
    }

    private static OrderSnapshot.Refund toSnapshot(Refund refund) {
        return new OrderSnapshot.Refund(
                refund.id().value(),
                refund.status(),
                refund.amountCents(),
                refund.reason(),
                refund.requestedAt(),
                refund.succeededAt());
    }

    private static String id(long value) {
        return String.valueOf(value);
    }
}
