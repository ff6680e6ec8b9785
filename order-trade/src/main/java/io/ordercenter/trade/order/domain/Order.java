package io.ordercenter.trade.order.domain;

import static io.ordercenter.contracts.OrderStatus.ACCEPTED;
import static io.ordercenter.contracts.OrderStatus.CANCELLED;
import static io.ordercenter.contracts.OrderStatus.COMPLETED;
import static io.ordercenter.contracts.OrderStatus.CREATED;
import static io.ordercenter.contracts.OrderStatus.DELIVERED;
import static io.ordercenter.contracts.OrderStatus.DELIVERING;
import static io.ordercenter.contracts.OrderStatus.PAID;
import static io.ordercenter.contracts.OrderStatus.READY;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderAccepted;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderCancelled;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderCompleted;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderDelivered;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderPaid;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderPickedUp;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderPlaced;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderReady;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderRejected;
import io.ordercenter.trade.order.domain.OrderDomainEvent.RefundRequested;
import io.ordercenter.trade.order.domain.OrderDomainEvent.RefundSucceeded;
import io.ordercenter.trade.order.domain.PlacementDecision.Placeable;
import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.Refund;
import io.ordercenter.trade.refund.domain.RefundId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The order aggregate: an immutable snapshot whose intent methods return a {@link Transition} holding the next
 * snapshot and the events the change caused.
 *
 * <p>Lifecycle: {@code CREATED -pay-> PAID -accept-> ACCEPTED -markReady-> READY -pickUp-> DELIVERING -deliver->
 * DELIVERED -confirm-> COMPLETED}; {@code cancel} from CREATED (customer, support or the unpaid timeout) or from PAID
 * (customer or support, before the merchant accepts); {@code reject} from PAID (merchant). Cancelling or rejecting a
 * paid order also requests a refund of the whole payment. After-sale refunds: from DELIVERED or COMPLETED.
 *
 * <p><b>Repeats.</b> An intent the order has already carried out is {@link Transition.AlreadyDone}: nothing changes,
 * no events, same version. "Already carried out" means the order has recorded that intent's milestone, even if it has
 * moved on since: {@code paidAt} (by the same payment), {@code acceptedAt}, {@code readyAt}, {@code pickedUpAt} (by
 * the same rider), {@code deliveredAt} (by the assigned rider), {@code completedAt}, {@code cancelledAt} (for cancel
 * and reject alike: the order is cancelled either way), or a refund with the same id. So a payment callback repeated
 * after the merchant accepted, or an accept retried after the order became ready, answer 200 with the current order.
 * An intent whose milestone is not recorded and which the status does not allow throws
 * {@link IllegalStateTransitionException} (409).
 *
 * <p><b>Refunds.</b> The refunds of an order never add up to more than it was paid; at most one refund is open
 * (requested, not yet confirmed) at a time, so the refundable amount is always known without asking the channel.
 *
 * <p><b>Versions.</b> Placing makes version 1; every event adds one, so an intent causing two events (cancel of a
 * paid order: {@code OrderCancelled}, then {@code RefundRequested}) adds two, and every event has its own version.
 */
public final class Order {
    private static final List<OrderStatus> HAPPY_PATH =
            List.of(CREATED, PAID, ACCEPTED, READY, DELIVERING, DELIVERED, COMPLETED);

    private final OrderId id;
    private final UserId userId;
    private final ShopId shopId;
    private final List<OrderLine> items;
    private final PriceBreakdown charges;
    private final CouponId couponId;
    private final DeliveryAddress address;
    private final String remark;
    private final OrderStatus status;
    private final PaymentId paymentId;
    private final RiderId riderId;
    private final Instant createdAt;
    private final Instant paidAt;
    private final Instant acceptedAt;
    private final Instant readyAt;
    private final Instant pickedUpAt;
    private final Instant deliveredAt;
    private final Instant completedAt;
    private final Instant cancelledAt;
    private final String cancelReason;
    private final List<Refund> refunds;
    private final long version;

    private Order(Builder b) {
        id = Objects.requireNonNull(b.id, "id");
        userId = Objects.requireNonNull(b.userId, "userId");
        shopId = Objects.requireNonNull(b.shopId, "shopId");
        items = List.copyOf(Objects.requireNonNull(b.items, "items"));
        charges = Objects.requireNonNull(b.charges, "charges");
        couponId = b.couponId;
        address = Objects.requireNonNull(b.address, "address");
        remark = b.remark;
        status = Objects.requireNonNull(b.status, "status");
        paymentId = b.paymentId;
        riderId = b.riderId;
        createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        paidAt = b.paidAt;
        acceptedAt = b.acceptedAt;
        readyAt = b.readyAt;
        pickedUpAt = b.pickedUpAt;
        deliveredAt = b.deliveredAt;
        completedAt = b.completedAt;
        cancelledAt = b.cancelledAt;
        cancelReason = b.cancelReason;
        refunds = List.copyOf(b.refunds);
        version = b.version;
        checkInvariants();
    }

    /** Creates the order a {@link PlacementDecision} found placeable: status CREATED, version 1. */
    public static Transition.Applied place(OrderId id, Placeable placeable, Instant at) {
        PlacementRequest request = placeable.request();
        Order order = new Builder()
                .id(id)
                .userId(request.userId())
                .shopId(request.shopId())
                .items(placeable.items())
                .charges(placeable.charges())
                .couponId(request.couponId())
                .address(request.address())
                .remark(request.remark())
                .status(CREATED)
                .createdAt(at)
                .version(1)
                .build();
        return Transition.applied(
                order, new OrderPlaced(id, order.version, at, order.userId, order.shopId, order.charges));
    }

    /**
     * For repositories rebuilding a stored order: fill every stored field, then {@link Builder#build()} checks the
     * invariants. Not a way to change an order.
     */
    public static Builder restore() {
        return new Builder();
    }

    /**
     * The channel confirmed a payment. Refused with {@link ErrorCode#PAYMENT_AMOUNT_MISMATCH} unless it is exactly the
     * payable amount; a payment other than the one that paid the order is an illegal transition (the caller refunds
     * it, as it does a payment for an order cancelled meanwhile).
     */
    public Transition pay(PaymentId paymentId, long amountCents, Instant paidAt) {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(paidAt, "paidAt");
        if (this.paymentId != null) {
            if (this.paymentId.equals(paymentId)) {
                return Transition.alreadyDone(this);
            }
            throw illegal(OrderAction.PAY);
        }
        if (status != CREATED) {
            throw illegal(OrderAction.PAY);
        }
        if (amountCents != charges.payableCents()) {
            return Transition.refused(
                    ErrorCode.PAYMENT_AMOUNT_MISMATCH,
                    "paid " + amountCents + " cents, payable is " + charges.payableCents() + " cents");
        }
        Order paid = next().status(PAID).paymentId(paymentId).paidAt(paidAt).build();
        return Transition.applied(paid, new OrderPaid(id, paid.version, paidAt, paymentId, amountCents));
    }

    /** The merchant accepts a paid order. */
    public Transition accept(Instant at) {
        Objects.requireNonNull(at, "at");
        if (acceptedAt != null) {
            return Transition.alreadyDone(this);
        }
        requireStatus(PAID, OrderAction.ACCEPT);
        Order accepted = next().status(ACCEPTED).acceptedAt(at).build();
        return Transition.applied(accepted, new OrderAccepted(id, accepted.version, at));
    }

    /** The merchant rejects a paid order: it is cancelled and the whole payment refunded. */
    public Transition reject(String reason, Instant at) {
        requireText(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (cancelledAt != null) {
            return Transition.alreadyDone(this);
        }
        requireStatus(PAID, OrderAction.REJECT);
        Order rejected =
                next().status(CANCELLED).cancelledAt(at).cancelReason(reason).build();
        return refundAll(Transition.applied(rejected, new OrderRejected(id, rejected.version, at, reason)), reason, at);
    }

    /** The merchant has the order ready for pickup. */
    public Transition markReady(Instant at) {
        Objects.requireNonNull(at, "at");
        if (readyAt != null) {
            return Transition.alreadyDone(this);
        }
        requireStatus(ACCEPTED, OrderAction.MARK_READY);
        Order ready = next().status(READY).readyAt(at).build();
        return Transition.applied(ready, new OrderReady(id, ready.version, at));
    }

    /** A rider picks a ready order up and becomes its assigned rider; another rider after that is refused (409). */
    public Transition pickUp(RiderId riderId, Instant at) {
        Objects.requireNonNull(riderId, "riderId");
        Objects.requireNonNull(at, "at");
        if (pickedUpAt != null) {
            if (this.riderId.equals(riderId)) {
                return Transition.alreadyDone(this);
            }
            throw illegal(OrderAction.PICK_UP);
        }
        requireStatus(READY, OrderAction.PICK_UP);
        Order pickedUp =
                next().status(DELIVERING).riderId(riderId).pickedUpAt(at).build();
        return Transition.applied(pickedUp, new OrderPickedUp(id, pickedUp.version, at, riderId));
    }

    /** The assigned rider delivers; any other rider is refused with {@link ErrorCode#FORBIDDEN}. */
    public Transition deliver(RiderId riderId, Instant at) {
        Objects.requireNonNull(riderId, "riderId");
        Objects.requireNonNull(at, "at");
        if (deliveredAt == null) {
            requireStatus(DELIVERING, OrderAction.DELIVER);
        }
        if (!this.riderId.equals(riderId)) {
            return Transition.refused(ErrorCode.FORBIDDEN, "order " + id.value() + " is assigned to another rider");
        }
        if (deliveredAt != null) {
            return Transition.alreadyDone(this);
        }
        Order delivered = next().status(DELIVERED).deliveredAt(at).build();
        return Transition.applied(delivered, new OrderDelivered(id, delivered.version, at, riderId));
    }

    /** The customer (or the auto-confirm timer) confirms a delivered order. */
    public Transition confirm(Instant at) {
        Objects.requireNonNull(at, "at");
        if (completedAt != null) {
            return Transition.alreadyDone(this);
        }
        requireStatus(DELIVERED, OrderAction.CONFIRM);
        Order completed = next().status(COMPLETED).completedAt(at).build();
        return Transition.applied(completed, new OrderCompleted(id, completed.version, at));
    }

    /**
     * Cancels an order the merchant has not accepted: an unpaid one (any {@link Canceller}), or a paid one (customer
     * or support only: the unpaid timeout never cancels a paid order), whose whole payment is then refunded.
     */
    public Transition cancel(String reason, Canceller actor, Instant at) {
        requireText(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (cancelledAt != null) {
            return Transition.alreadyDone(this);
        }
        boolean allowed = status == CREATED || (status == PAID && actor != Canceller.SYSTEM);
        if (!allowed) {
            throw illegal(OrderAction.CANCEL);
        }
        Order cancelled =
                next().status(CANCELLED).cancelledAt(at).cancelReason(reason).build();
        return refundAll(
                Transition.applied(cancelled, new OrderCancelled(id, cancelled.version, at, status, reason, actor)),
                reason,
                at);
    }

    /**
     * An after-sale refund of a delivered or completed order. Refused with {@link ErrorCode#REFUND_IN_PROGRESS} while
     * another refund is open, and with {@link ErrorCode#REFUND_AMOUNT_EXCEEDED} above {@link #refundableCents()}. A
     * request with the id of a refund the order already has is {@link Transition.AlreadyDone}.
     *
     * @param refundId usually {@link #nextRefundId()}
     * @param amountCents more than zero (the caller validates input; a non-positive amount is a bug)
     */
    public Transition requestRefund(RefundId refundId, long amountCents, String reason, Instant at) {
        Objects.requireNonNull(refundId, "refundId");
        requireText(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("refund amount must be positive: " + amountCents);
        }
        if (refund(refundId).isPresent()) {
            return Transition.alreadyDone(this);
        }
        if (status != DELIVERED && status != COMPLETED) {
            throw illegal(OrderAction.REQUEST_REFUND);
        }
        Optional<Refund> open = openRefund();
        if (open.isPresent()) {
            return Transition.refused(
                    ErrorCode.REFUND_IN_PROGRESS, "refund " + open.get().id().value() + " is still in progress");
        }
        if (amountCents > refundableCents()) {
            return Transition.refused(
                    ErrorCode.REFUND_AMOUNT_EXCEEDED,
                    "asked " + amountCents + " cents, " + refundableCents() + " cents can still be refunded");
        }
        return startRefund(refundId, amountCents, reason, at);
    }

    /** The channel confirmed a refund this order requested; a refund the order does not have is illegal. */
    public Transition refundSucceeded(RefundId refundId, Instant at) {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(at, "at");
        Refund refund = refund(refundId).orElseThrow(() -> illegal(OrderAction.COMPLETE_REFUND));
        if (!refund.isOpen()) {
            return Transition.alreadyDone(this);
        }
        List<Refund> updated = new ArrayList<>(refunds);
        updated.set(refunds.indexOf(refund), refund.succeeded(at));
        Order next = next().refunds(updated).build();
        return Transition.applied(
                next,
                new RefundSucceeded(
                        id, next.version, at, status, refundId, refund.amountCents(), next.refundedCents()));
    }

    /** The id for this order's next refund: {@code <orderId>-R<n>}, stable, so a retried request reuses it. */
    public RefundId nextRefundId() {
        return new RefundId(id.value() + "-R" + (refunds.size() + 1));
    }

    /** What the customer paid: the payable amount once paid, else zero. */
    public long paidCents() {
        return paymentId == null ? 0 : charges.payableCents();
    }

    /** The sum of the refunds the channel confirmed. */
    public long refundedCents() {
        return refunds.stream()
                .filter(r -> r.status() == RefundStatus.SUCCEEDED)
                .mapToLong(Refund::amountCents)
                .sum();
    }

    /** What a new refund may still take: paid minus every refund, confirmed or open. */
    public long refundableCents() {
        return paidCents() - refunds.stream().mapToLong(Refund::amountCents).sum();
    }

    /** The most recent refund (the API's {@code refund} summary), if any. */
    public Optional<Refund> latestRefund() {
        return refunds.isEmpty() ? Optional.empty() : Optional.of(refunds.get(refunds.size() - 1));
    }

    /** The refund awaiting the channel's confirmation, if any; there is at most one. */
    public Optional<Refund> openRefund() {
        return refunds.stream().filter(Refund::isOpen).findFirst();
    }

    public Optional<Refund> refund(RefundId refundId) {
        return refunds.stream().filter(r -> r.id().equals(refundId)).findFirst();
    }

    // ---- state ----

    public OrderId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public ShopId shopId() {
        return shopId;
    }

    public List<OrderLine> items() {
        return items;
    }

    public PriceBreakdown charges() {
        return charges;
    }

    public Optional<CouponId> couponId() {
        return Optional.ofNullable(couponId);
    }

    public DeliveryAddress address() {
        return address;
    }

    public Optional<String> remark() {
        return Optional.ofNullable(remark);
    }

    public OrderStatus status() {
        return status;
    }

    public Optional<PaymentId> paymentId() {
        return Optional.ofNullable(paymentId);
    }

    public Optional<RiderId> riderId() {
        return Optional.ofNullable(riderId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<Instant> readyAt() {
        return Optional.ofNullable(readyAt);
    }

    public Optional<Instant> pickedUpAt() {
        return Optional.ofNullable(pickedUpAt);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    /** Every refund, oldest first. */
    public List<Refund> refunds() {
        return refunds;
    }

    /** The optimistic-lock version: 1 when placed, plus one per event since. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Order[id=" + id.value() + ", status=" + status + ", version=" + version + "]";
    }

    // ---- internals ----

    private Transition.Applied refundAll(Transition.Applied cancellation, String reason, Instant at) {
        if (refundableCents() == 0) {
            return cancellation;
        }
        return cancellation.andThen(
                cancelled -> cancelled.startRefund(cancelled.nextRefundId(), cancelled.refundableCents(), reason, at));
    }

    private Transition.Applied startRefund(RefundId refundId, long amountCents, String reason, Instant at) {
        List<Refund> updated = new ArrayList<>(refunds);
        updated.add(Refund.requested(refundId, amountCents, reason, at));
        Order next = next().refunds(updated).build();
        return Transition.applied(
                next, new RefundRequested(id, next.version, at, status, refundId, amountCents, reason));
    }

    private void requireStatus(OrderStatus required, OrderAction action) {
        if (status != required) {
            throw illegal(action);
        }
    }

    private IllegalStateTransitionException illegal(OrderAction action) {
        return new IllegalStateTransitionException(id, status, action);
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    /** A copy one version further on, to change. */
    private Builder next() {
        return new Builder(this).version(Math.addExact(version, 1));
    }

    private void checkInvariants() {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        long goods = Pricing.goodsCents(items);
        if (goods != charges.goodsCents()) {
            throw new IllegalArgumentException(
                    "goods " + charges.goodsCents() + " do not add up to the lines: " + goods);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        checkMilestone(PAID, paidAt, "paidAt");
        checkMilestone(PAID, paymentId, "paymentId");
        checkMilestone(ACCEPTED, acceptedAt, "acceptedAt");
        checkMilestone(READY, readyAt, "readyAt");
        checkMilestone(DELIVERING, pickedUpAt, "pickedUpAt");
        checkMilestone(DELIVERING, riderId, "riderId");
        checkMilestone(DELIVERED, deliveredAt, "deliveredAt");
        checkMilestone(COMPLETED, completedAt, "completedAt");
        if ((paidAt == null) != (paymentId == null)) {
            throw new IllegalArgumentException("paidAt and paymentId go together");
        }
        boolean cancelled = status == CANCELLED;
        if (cancelled != (cancelledAt != null) || cancelled != (cancelReason != null)) {
            throw new IllegalArgumentException("cancelledAt and cancelReason are set exactly when CANCELLED");
        }
        if (new HashSet<>(refunds.stream().map(Refund::id).toList()).size() != refunds.size()) {
            throw new IllegalArgumentException("refund ids repeat");
        }
        if (refunds.stream().filter(Refund::isOpen).count() > 1) {
            throw new IllegalArgumentException("at most one refund is open");
        }
        if (refundableCents() < 0) {
            throw new IllegalArgumentException("refunds exceed the paid amount");
        }
    }

    /**
     * A milestone's record is present exactly when the status has reached it on the happy path; a cancelled order
     * may additionally have been paid.
     */
    private void checkMilestone(OrderStatus milestone, Object recorded, String what) {
        boolean reached = status != CANCELLED && HAPPY_PATH.indexOf(status) >= HAPPY_PATH.indexOf(milestone);
        boolean allowed = reached || (status == CANCELLED && milestone == PAID);
        if (reached && recorded == null) {
            throw new IllegalArgumentException(status + " order without " + what);
        }
        if (!allowed && recorded != null) {
            throw new IllegalArgumentException(status + " order with " + what);
        }
    }

    /** Fills the fields of an order; {@link #build()} checks its invariants. */
    public static final class Builder {
        private OrderId id;
        private UserId userId;
        private ShopId shopId;
        private List<OrderLine> items;
        private PriceBreakdown charges;
        private CouponId couponId;
        private DeliveryAddress address;
        private String remark;
        private OrderStatus status;
        private PaymentId paymentId;
        private RiderId riderId;
        private Instant createdAt;
        private Instant paidAt;
        private Instant acceptedAt;
        private Instant readyAt;
        private Instant pickedUpAt;
        private Instant deliveredAt;
        private Instant completedAt;
        private Instant cancelledAt;
        private String cancelReason;
        private List<Refund> refunds = List.of();
        private long version;

        private Builder() {}

        private Builder(Order o) {
            id = o.id;
            userId = o.userId;
            shopId = o.shopId;
            items = o.items;
            charges = o.charges;
            couponId = o.couponId;
            address = o.address;
            remark = o.remark;
            status = o.status;
            paymentId = o.paymentId;
            riderId = o.riderId;
            createdAt = o.createdAt;
            paidAt = o.paidAt;
            acceptedAt = o.acceptedAt;
            readyAt = o.readyAt;
            pickedUpAt = o.pickedUpAt;
            deliveredAt = o.deliveredAt;
            completedAt = o.completedAt;
            cancelledAt = o.cancelledAt;
            cancelReason = o.cancelReason;
            refunds = o.refunds;
            version = o.version;
        }

        public Builder id(OrderId id) {
            this.id = id;
            return this;
        }

        public Builder userId(UserId userId) {
            this.userId = userId;
            return this;
        }

        public Builder shopId(ShopId shopId) {
            this.shopId = shopId;
            return this;
        }

        public Builder items(List<OrderLine> items) {
            this.items = items;
            return this;
        }

        public Builder charges(PriceBreakdown charges) {
            this.charges = charges;
            return this;
        }

        public Builder couponId(CouponId couponId) {
            this.couponId = couponId;
            return this;
        }

        public Builder address(DeliveryAddress address) {
            this.address = address;
            return this;
        }

        public Builder remark(String remark) {
            this.remark = remark;
            return this;
        }

        public Builder status(OrderStatus status) {
            this.status = status;
            return this;
        }

        public Builder paymentId(PaymentId paymentId) {
            this.paymentId = paymentId;
            return this;
        }

        public Builder riderId(RiderId riderId) {
            this.riderId = riderId;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder paidAt(Instant paidAt) {
            this.paidAt = paidAt;
            return this;
        }

        public Builder acceptedAt(Instant acceptedAt) {
            this.acceptedAt = acceptedAt;
            return this;
        }

        public Builder readyAt(Instant readyAt) {
            this.readyAt = readyAt;
            return this;
        }

        public Builder pickedUpAt(Instant pickedUpAt) {
            this.pickedUpAt = pickedUpAt;
            return this;
        }

        public Builder deliveredAt(Instant deliveredAt) {
            this.deliveredAt = deliveredAt;
            return this;
        }

        public Builder completedAt(Instant completedAt) {
            this.completedAt = completedAt;
            return this;
        }

        public Builder cancelledAt(Instant cancelledAt) {
            this.cancelledAt = cancelledAt;
            return this;
        }

        public Builder cancelReason(String cancelReason) {
            this.cancelReason = cancelReason;
            return this;
        }

        public Builder refunds(List<Refund> refunds) {
            this.refunds = Objects.requireNonNull(refunds, "refunds");
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Order build() {
            return new Order(this);
        }
    }
}
