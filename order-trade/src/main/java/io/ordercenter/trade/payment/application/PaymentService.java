package io.ordercenter.trade.payment.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.Role;
import io.ordercenter.contracts.failure.Conflict;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.trade.order.application.OrderCommandService;
import io.ordercenter.trade.order.application.Orders;
import io.ordercenter.trade.order.application.RefundChannel;
import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.RefundId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments: one payment id per order (so starting twice starts the same payment), and callbacks
 * applied through the order's compare-and-set, so a duplicate or concurrent callback pays once.
 */
public final class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final Orders orders;
    private final OrderCommandService commands;
    private final PaymentChannel channel;
    private final RefundChannel refunds;
    private final Counter amountMismatches;
    private final Counter strayPayments;

    public PaymentService(
            Orders orders,
            OrderCommandService commands,
            PaymentChannel channel,
            RefundChannel refunds,
            MeterRegistry meters) {
        this.orders = orders;
        this.commands = commands;
        this.channel = channel;
        this.refunds = refunds;
        this.amountMismatches = Counter.builder("ordercenter.payment.amount_mismatch")
                .description("payment callbacks refused because the amount differs from the order (alert)")
                .register(meters);
        this.strayPayments = Counter.builder("ordercenter.payment.stray")
                .description("successful payments for orders cancelled meanwhile, refunded at once")
                .register(meters);
    }

    public static PaymentId paymentIdOf(OrderId orderId) {
        return new PaymentId("pay-" + orderId.value());
    }

    public PaymentView start(Caller caller, OrderId orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> notFound(orderId));
        boolean owner = caller.has(Role.USER)
                && caller.subject().equals(Long.toString(order.userId().value()));
        if (!owner) {
            throw caller.mayActForShop(Long.toString(order.shopId().value()))
                    ? new NonTransient(ErrorCode.FORBIDDEN, "only the customer pays for an order")
                    : notFound(orderId);
        }
        PaymentId paymentId = order.paymentId().orElse(paymentIdOf(orderId));
        long amount = order.charges().payableCents();
        if (order.paidAt().isPresent()) {
            return view(paymentId, orderId, amount, "SUCCEEDED");
        }
        if (order.status() != OrderStatus.CREATED) {
            throw new Conflict(
                    ErrorCode.ILLEGAL_STATE_TRANSITION, "order " + orderId.value() + " is " + order.status());
        }
        channel.start(paymentId, orderId, amount);
        return view(paymentId, orderId, amount, "PENDING");
    }

    /** Applies a verified callback. A failed payment changes nothing: the customer may pay again. */
    public void onCallback(PaymentCallback callback, String traceId) {
        if (!callback.succeeded()) {
            log.info("payment {} for order {} failed at the channel", callback.paymentId(), callback.orderId());
            return;
        }
        OrderId orderId = new OrderId(Long.parseLong(callback.orderId()));
        PaymentId paymentId = new PaymentId(callback.paymentId());
        Order order = orders.find(orderId).orElseThrow(() -> notFound(orderId));
        if (order.status() == OrderStatus.CANCELLED && order.paidAt().isEmpty()) {
            refundStrayPayment(order, paymentId, callback.amountCents());
            return;
        }
        try {
            commands.change(orderId, traceId, fresh -> fresh.pay(paymentId, callback.amountCents(), callback.paidAt()));
        } catch (Conflict conflict) {
            if (conflict.code() == ErrorCode.PAYMENT_AMOUNT_MISMATCH) {
                amountMismatches.increment();
                log.error(
                        "ALERT payment amount mismatch: order {} payment {} paid {} cents, order payable {} cents",
                        orderId.value(),
                        paymentId.value(),
                        callback.amountCents(),
                        order.charges().payableCents());
            }
            if (conflict.code() == ErrorCode.ILLEGAL_STATE_TRANSITION
                    && orders.find(orderId)
                            .map(o -> o.status() == OrderStatus.CANCELLED
                                    && o.paidAt().isEmpty())
                            .orElse(false)) {
                refundStrayPayment(order, paymentId, callback.amountCents()); // cancelled while we looked
                return;
            }
            throw conflict;
        }
    }

    /**
     * The customer paid an order that was cancelled meanwhile: the money goes back at once. If the
     * channel does not confirm, the callback answers 503 and the channel sends it again later.
     */
    private void refundStrayPayment(Order order, PaymentId paymentId, long amountCents) {
        strayPayments.increment();
        RefundId refundId = new RefundId(order.id().value() + "-stray");
        if (!refunds.refund(refundId, paymentId, order.id(), amountCents)) {
            throw Transient.dependencyUnavailable("payment", null);
        }
        log.warn(
                "order {} was cancelled before its payment {} arrived; refunded as {}",
                order.id().value(),
                paymentId.value(),
                refundId.value());
    }

    private static PaymentView view(PaymentId paymentId, OrderId orderId, long amount, String status) {
        return new PaymentView(paymentId.value(), Long.toString(orderId.value()), amount, status);
    }

    private static NotFound notFound(OrderId id) {
        return new NotFound(ErrorCode.ORDER_NOT_FOUND, "order " + id.value() + " does not exist");
    }
}
