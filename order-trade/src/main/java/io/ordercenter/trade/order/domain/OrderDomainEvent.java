package io.ordercenter.trade.order.domain;

import io.ordercenter.contracts.OrderEventType;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.RefundId;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to one order, in the past tense. Each event is one change and carries the version the
 * order had after it. Each knows its wire {@link #type()} and a {@link #payload()} of the facts particular to it
 * (amounts, reasons, ids as strings) as plain JSON values; {@link OrderContracts} adds the order snapshot.
 */
public sealed interface OrderDomainEvent {
    OrderId orderId();

    long version();

    Instant occurredAt();

    OrderEventType type();

    /** The status before, or {@code null} for the event that created the order. */
    OrderStatus fromStatus();

    OrderStatus toStatus();

    Map<String, Object> payload();

    /** The order was placed, unpaid. */
    record OrderPlaced(
            OrderId orderId, long version, Instant occurredAt, UserId userId, ShopId shopId, PriceBreakdown charges)
            implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_PLACED;
        }

        @Override
        public OrderStatus fromStatus() {
            return null;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.CREATED;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of(
                    "goodsCents", charges.goodsCents(),
                    "deliveryFeeCents", charges.deliveryFeeCents(),
                    "deliveryFeeWaivedCents", charges.deliveryFeeWaivedCents(),
                    "discountCents", charges.discountCents(),
                    "payableCents", charges.payableCents());
        }
    }

    /** The channel confirmed the payment of the payable amount. */
    record OrderPaid(OrderId orderId, long version, Instant occurredAt, PaymentId paymentId, long amountCents)
            implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_PAID;
        }

        @Override
        public OrderStatus fromStatus() {
            return OrderStatus.CREATED;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.PAID;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("paymentId", paymentId.value(), "amountCents", amountCents);
        }
    }

    /** The merchant accepted the order. */
    record OrderAccepted(OrderId orderId, long version, Instant occurredAt) implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_ACCEPTED;
        }

        @Override
        public OrderStatus fromStatus() {
            return OrderStatus.PAID;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.ACCEPTED;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of();
        }
    }

    /** The merchant rejected a paid order; a {@link RefundRequested} follows. */
    record OrderRejected(OrderId orderId, long version, Instant occurredAt, String reason) implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_REJECTED;
        }

        @Override
        public OrderStatus fromStatus() {
            return OrderStatus.PAID;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.CANCELLED;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("reason", reason);
        }
    }

    /** The merchant finished preparing the order. */
    record OrderReady(OrderId orderId, long version, Instant occurredAt) implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_READY;
        }

        @Override
        public OrderStatus fromStatus() {
            return OrderStatus.ACCEPTED;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.READY;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of();
        }
    }

    /** A rider picked the order up and is now assigned to it. */
    record OrderPickedUp(OrderId orderId, long version, Instant occurredAt, RiderId riderId)
            implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_PICKED_UP;
        }

        @Override
        public OrderStatus fromStatus() {
            return OrderStatus.READY;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.DELIVERING;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("riderId", String.valueOf(riderId.value()));
        }
    }

    /** The assigned rider delivered the order. */
    record OrderDelivered(OrderId orderId, long version, Instant occurredAt, RiderId riderId)
            implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_DELIVERED;
        }

        @Override
        public OrderStatus fromStatus() {
            return OrderStatus.DELIVERING;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.DELIVERED;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("riderId", String.valueOf(riderId.value()));
        }
    }

    /** The customer confirmed receipt. */
    record OrderCompleted(OrderId orderId, long version, Instant occurredAt) implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_COMPLETED;
        }

        @Override
        public OrderStatus fromStatus() {
            return OrderStatus.DELIVERED;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.COMPLETED;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of();
        }
    }

    /** The order was cancelled before the merchant accepted it; if it was paid, a {@link RefundRequested} follows. */
    record OrderCancelled(
            OrderId orderId,
            long version,
            Instant occurredAt,
            OrderStatus fromStatus,
            String reason,
            Canceller cancelledBy)
            implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.ORDER_CANCELLED;
        }

        @Override
        public OrderStatus toStatus() {
            return OrderStatus.CANCELLED;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("reason", reason, "cancelledBy", cancelledBy.name());
        }
    }

    /** A refund of part or all of the payment was requested from the channel; the order status does not change. */
    record RefundRequested(
            OrderId orderId,
            long version,
            Instant occurredAt,
            OrderStatus status,
            RefundId refundId,
            long amountCents,
            String reason)
            implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.REFUND_REQUESTED;
        }

        @Override
        public OrderStatus fromStatus() {
            return status;
        }

        @Override
        public OrderStatus toStatus() {
            return status;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("refundId", refundId.value(), "amountCents", amountCents, "reason", reason);
        }
    }

    /** The channel confirmed a refund; the order status does not change. */
    record RefundSucceeded(
            OrderId orderId,
            long version,
            Instant occurredAt,
            OrderStatus status,
            RefundId refundId,
            long amountCents,
            long refundedCents)
            implements OrderDomainEvent {
        @Override
        public OrderEventType type() {
            return OrderEventType.REFUND_SUCCEEDED;
        }

        @Override
        public OrderStatus fromStatus() {
            return status;
        }

        @Override
        public OrderStatus toStatus() {
            return status;
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("refundId", refundId.value(), "amountCents", amountCents, "refundedCents", refundedCents);
        }
    }
}
