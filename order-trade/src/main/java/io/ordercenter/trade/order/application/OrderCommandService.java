package io.ordercenter.trade.order.application;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.Role;
import io.ordercenter.contracts.failure.Conflict;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.trade.order.domain.Canceller;
import io.ordercenter.trade.order.domain.IllegalStateTransitionException;
import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.OrderDomainEvent;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.RiderId;
import io.ordercenter.trade.order.domain.Transition;
import io.ordercenter.trade.refund.domain.RefundId;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves orders through their lifecycle on behalf of a caller: checks who may do what, applies the
 * intent on the aggregate, stores the change as a compare-and-set and runs what must follow once
 * it is committed: the read side's cached copy is told before the answer (read-your-writes), then
 * reservations are released or a first refund is attempted in the background.
 *
 * <p>Of two racing changes exactly one is stored; the other is re-evaluated on the fresh order and
 * so becomes "already done" (200) or an illegal transition (409), never a half-applied change.
 */
public final class OrderCommandService {

    private static final Logger log = LoggerFactory.getLogger(OrderCommandService.class);
    private static final int ATTEMPTS = 4;
    private static final Duration SWEEP_AFTER_CANCEL = Duration.ofSeconds(30);

    private final Orders orders;
    private final Reservations reservations;
    private final Tasks tasks;
    private final RefundChannel refunds;
    private final CachedOrders cachedOrders;
    private final Executor afterCommit;
    private final Clock clock;

    public OrderCommandService(
            Orders orders,
            Reservations reservations,
            Tasks tasks,
            RefundChannel refunds,
            CachedOrders cachedOrders,
            Executor afterCommit,
            Clock clock) {
        this.orders = orders;
        this.reservations = reservations;
        this.tasks = tasks;
        this.refunds = refunds;
        this.cachedOrders = cachedOrders;
        this.afterCommit = afterCommit;
        this.clock = clock;
    }

    public Order accept(Caller caller, OrderId id, String traceId) {
        return change(id, traceId, order -> {
            requireShop(caller, order);
            return order.accept(clock.instant());
        });
    }

    public Order reject(Caller caller, OrderId id, String reason, String traceId) {
        return change(id, traceId, order -> {
            requireShop(caller, order);
            return order.reject(reason, clock.instant());
        });
    }

    public Order markReady(Caller caller, OrderId id, String traceId) {
        return change(id, traceId, order -> {
            requireShop(caller, order);
            return order.markReady(clock.instant());
        });
    }

    /** Any rider may pick up a ready order; picking it up assigns it to them. */
    public Order pickUp(Caller caller, OrderId id, String traceId) {
        return change(id, traceId, order -> {
            if (!caller.has(Role.RIDER)) {
                throw denied(caller, order);
            }
            return order.pickUp(new RiderId(parseId(caller.subject())), clock.instant());
        });
    }

    public Order deliver(Caller caller, OrderId id, String traceId) {
        return change(id, traceId, order -> {
            if (!caller.isAssignedRider(
                    order.riderId().map(r -> Long.toString(r.value())).orElse(null))) {
                throw denied(caller, order);
            }
            return order.deliver(new RiderId(parseId(caller.subject())), clock.instant());
        });
    }

    public Order confirm(Caller caller, OrderId id, String traceId) {
        return change(id, traceId, order -> {
            requireOwner(caller, order, false);
            return order.confirm(clock.instant());
        });
    }

    public Order cancel(Caller caller, OrderId id, String reason, String traceId) {
        return change(id, traceId, order -> {
            requireOwner(caller, order, true);
            Canceller actor = caller.isSupport() && !isOwner(caller, order) ? Canceller.SUPPORT : Canceller.USER;
            return order.cancel(reason, actor, clock.instant());
        });
    }

    /** After-sale refund; {@code amountCents} null means the whole refundable amount. */
    public Order requestRefund(Caller caller, OrderId id, Long amountCents, String reason, String traceId) {
        return change(id, traceId, order -> {
            requireOwner(caller, order, true);
            if (order.latestRefund().filter(r -> !r.isOpen()).isPresent()) {
                // storage keeps one refund per order, so a second one could not be bounded by the first
                throw new Conflict(ErrorCode.REFUND_AMOUNT_EXCEEDED, "this order was already refunded");
            }
            long amount = amountCents != null ? amountCents : order.refundableCents();
            if (amount <= 0) {
                throw new Conflict(ErrorCode.REFUND_AMOUNT_EXCEEDED, "nothing is left to refund on this order");
            }
            return order.requestRefund(order.nextRefundId(), amount, reason, clock.instant());
        });
    }

    /** The unpaid timeout (order-async): cancels an order only while it is still unpaid. */
    public Order expire(Caller caller, OrderId id, String traceId) {
        requireSystem(caller);
        return change(id, traceId, order -> order.cancel("unpaid timeout", Canceller.SYSTEM, clock.instant()));
    }

    /** The refund retry worker (order-async) reports that the channel confirmed a refund. */
    public Order refundSucceeded(Caller caller, OrderId id, RefundId refundId, String traceId) {
        requireSystem(caller);
        return change(id, traceId, order -> order.refundSucceeded(refundId, clock.instant()));
    }

    /** Applies {@code action} as a compare-and-set, re-evaluating on a fresh order when another change won. */
    public Order change(OrderId id, String traceId, Function<Order, Transition> action) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Order order = orders.find(id).orElseThrow(() -> notFound(id));
            Transition transition;
            try {
                transition = action.apply(order);
            } catch (IllegalStateTransitionException e) {
                throw new Conflict(ErrorCode.ILLEGAL_STATE_TRANSITION, e.getMessage());
            }
            if (transition instanceof Transition.AlreadyDone done) {
                return done.order();
            }
            if (transition instanceof Transition.Refused refused) {
                if (refused.code() == ErrorCode.FORBIDDEN) {
                    throw new NonTransient(ErrorCode.FORBIDDEN, refused.detail());
                }
                throw new Conflict(refused.code(), refused.detail());
            }
            Transition.Applied applied = (Transition.Applied) transition;
            if (orders.update(applied, order.version(), traceId)) {
                // before answering: a read that follows this answer must not find the old state cached
                cachedOrders.changed(id, applied.order().version());
                afterCommit(applied, traceId);
                return applied.order();
            }
        }
        throw new Conflict(
                ErrorCode.CONCURRENT_MODIFICATION, "order " + id.value() + " keeps changing; retry the request");
    }

    private void afterCommit(Transition.Applied applied, String traceId) {
        Order order = applied.order();
        for (OrderDomainEvent event : applied.events()) {
            if (event instanceof OrderDomainEvent.OrderCancelled || event instanceof OrderDomainEvent.OrderRejected) {
                tasks.sweepReservations(order.id(), clock.instant().plus(SWEEP_AFTER_CANCEL));
                boolean withCoupon = order.couponId().isPresent();
                afterCommit.execute(() -> reservations.release(order.id(), withCoupon));
            }
            if (event instanceof OrderDomainEvent.RefundRequested requested
                    && order.paymentId().isPresent()) {
                afterCommit.execute(() -> firstRefundAttempt(order, requested, traceId));
            }
        }
    }

    /** The retry worker in order-async keeps trying if this first attempt does not succeed. */
    private void firstRefundAttempt(Order order, OrderDomainEvent.RefundRequested requested, String traceId) {
        try {
            if (refunds.refund(
                    requested.refundId(), order.paymentId().orElseThrow(), order.id(), requested.amountCents())) {
                change(order.id(), traceId, fresh -> fresh.refundSucceeded(requested.refundId(), clock.instant()));
            }
        } catch (RuntimeException e) {
            log.info(
                    "first refund attempt for {} failed, the retry worker takes over: {}",
                    requested.refundId(),
                    e.toString());
        }
    }

    private static void requireShop(Caller caller, Order order) {
        if (!caller.has(Role.MERCHANT)
                || !caller.mayActForShop(Long.toString(order.shopId().value()))) {
            throw denied(caller, order);
        }
    }

    private static void requireOwner(Caller caller, Order order, boolean supportToo) {
        if (isOwner(caller, order) || (supportToo && caller.isSupport())) {
            return;
        }
        throw denied(caller, order);
    }

    private static boolean isOwner(Caller caller, Order order) {
        return caller.has(Role.USER)
                && caller.subject().equals(Long.toString(order.userId().value()));
    }

    private static void requireSystem(Caller caller) {
        if (!caller.has(Role.SYSTEM)) {
            throw new NonTransient(ErrorCode.FORBIDDEN, "only Order Center services may do this");
        }
    }

    /** 404 to callers who may not even see the order, 403 to those who see it but may not do this. */
    private static RuntimeException denied(Caller caller, Order order) {
        boolean sees = caller.mayActForUser(Long.toString(order.userId().value()))
                || caller.mayActForShop(Long.toString(order.shopId().value()))
                || caller.isAssignedRider(
                        order.riderId().map(r -> Long.toString(r.value())).orElse(null))
                || caller.has(Role.RIDER);
        if (sees) {
            return new NonTransient(
                    ErrorCode.FORBIDDEN,
                    "this caller may not do that to order " + order.id().value());
        }
        return notFound(order.id());
    }

    private static NotFound notFound(OrderId id) {
        return new NotFound(ErrorCode.ORDER_NOT_FOUND, "order " + id.value() + " does not exist");
    }

    static long parseId(String subject) {
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException e) {
            throw new NonTransient(ErrorCode.FORBIDDEN, "the token's subject is not a numeric id");
        }
    }
}
