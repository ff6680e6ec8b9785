package io.ordercenter.trade.order.application;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.Conflict;
import io.ordercenter.contracts.failure.OrderCenterFailure;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.trade.order.domain.CouponOffer;
import io.ordercenter.trade.order.domain.MenuItem;
import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.OrderPlacement;
import io.ordercenter.trade.order.domain.PlacementDecision;
import io.ordercenter.trade.order.domain.PlacementDecision.Placeable;
import io.ordercenter.trade.order.domain.PlacementDecision.Rejected;
import io.ordercenter.trade.order.domain.PlacementRequest;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import io.ordercenter.trade.order.domain.Pricing;
import io.ordercenter.trade.order.domain.ShopSnapshot;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;

/**
 * Places an order: idempotent by the client's key, dependencies looked up in parallel, priced by
 * the server, stock and coupon reserved before the order is stored and confirmed after, everything
 * released when anything fails.
 */
public final class OrderPlacementService {

    /** How long a replay waits for the first request with its key to finish. */
    private static final Duration REPLAY_WAIT = Duration.ofSeconds(6);
    /** A pending key older than this belongs to a crashed attempt and may be taken over. */
    private static final Duration STALE_PENDING = Duration.ofSeconds(30);
    /** When the sweeper looks at reservations of an order that may never have been stored. */
    private static final Duration SWEEP_AFTER = Duration.ofMinutes(2);

    private final Orders orders;
    private final PlacementKeys keys;
    private final Catalog catalog;
    private final Reservations reservations;
    private final Tasks tasks;
    private final LongUnaryOperator orderIds;
    private final Clock clock;

    public OrderPlacementService(
            Orders orders,
            PlacementKeys keys,
            Catalog catalog,
            Reservations reservations,
            Tasks tasks,
            LongUnaryOperator orderIds,
            Clock clock) {
        this.orders = orders;
        this.keys = keys;
        this.catalog = catalog;
        this.reservations = reservations;
        this.tasks = tasks;
        this.orderIds = orderIds;
        this.clock = clock;
    }

    public Order place(PlaceOrderCommand command, String idempotencyKey, String traceId) {
        PlacementKey key = new PlacementKey(command.userId(), idempotencyKey, command.fingerprint());
        if (!keys.claim(key)) {
            Optional<Order> earlier = replay(key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return placeClaimed(command, key, traceId);
        } catch (RuntimeException e) {
            keys.fail(key);
            throw e;
        }
    }

    /** The order an earlier request with this key placed, or empty once this request owns the key. */
    private Optional<Order> replay(PlacementKey key) {
        long deadline = System.nanoTime() + REPLAY_WAIT.toNanos();
        while (true) {
            PlacementKeys.Record record = keys.find(key)
                    .orElseThrow(() -> new IllegalStateException("idempotency record vanished for " + key.key()));
            if (!record.requestHash().equals(key.requestHash())) {
                throw new Conflict(
                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used for a different order request.");
            }
            if (record instanceof PlacementKeys.Completed done) {
                return Optional.of(orders.find(done.orderId())
                        .orElseThrow(() -> new IllegalStateException("order of a completed key is missing")));
            }
            if (record instanceof PlacementKeys.Failed failed && keys.retake(key, failed)) {
                return Optional.empty();
            }
            if (record instanceof PlacementKeys.Pending pending
                    && pending.since().isBefore(clock.instant().minus(STALE_PENDING))
                    && keys.retake(key, pending)) {
                return Optional.empty();
            }
            if (System.nanoTime() > deadline) {
                throw new Conflict(
                        ErrorCode.CONCURRENT_MODIFICATION,
                        "A request with this Idempotency-Key is still being processed; retry shortly.");
            }
            sleep(Duration.ofMillis(25));
        }
    }

    private Order placeClaimed(PlaceOrderCommand command, PlacementKey key, String traceId) {
        PlacementRequest request = command.toRequest();
        Set<SkuId> skus = request.lines().stream().map(RequestedLine::skuId).collect(Collectors.toSet());
        OrderId orderId = new OrderId(orderIds.applyAsLong(request.userId().value()));
        boolean withCoupon = request.couponId() != null;
        // written before anything is reserved: a crash from here on leaves a task that releases it all
        tasks.sweepReservations(orderId, clock.instant().plus(SWEEP_AFTER));
        boolean couponAsked = false;
        List<CompletableFuture<?>> reserving = new ArrayList<>();
        try {
            // one round for everything independent: shop, menu, member status and the stock reservation
            // (it needs only skus and quantities); a reservation made for an order refused below is
            // released at once
            CompletableFuture<Optional<ShopSnapshot>> shop = catalog.shop(request.shopId());
            CompletableFuture<Map<SkuId, MenuItem>> menu = catalog.menu(request.shopId(), skus);
            CompletableFuture<Boolean> member = catalog.member(request.userId());
            CompletableFuture<Reservations.StockAnswer> stock = reservations.reserveStock(orderId, request.lines());
            reserving.add(stock);
            Optional<ShopSnapshot> shopAnswer = join(shop);
            Map<SkuId, MenuItem> menuAnswer = join(menu);
            boolean memberAnswer = join(member);

            PlacementRequest withoutCoupon = new PlacementRequest(
                    request.userId(), request.shopId(), request.lines(), null, request.address(), request.remark());
            PlacementDecision early =
                    OrderPlacement.decide(withoutCoupon, shopAnswer, menuAnswer, memberAnswer, Optional.empty());
            if (early instanceof Rejected rejected) {
                throw new Conflict(rejected.code(), rejected.detail());
            }
            Placeable priced = (Placeable) early;

            // the coupon needs the goods total, which only the menu's prices give: a second round, only
            // for orders that use one
            CompletableFuture<Reservations.CouponAnswer> coupon = CompletableFuture.completedFuture(null);
            if (withCoupon) {
                couponAsked = true;
                coupon = reservations.reserveCoupon(
                        orderId, request.couponId(), request.userId(), Pricing.goodsCents(priced.items()));
                reserving.add(coupon);
            }
            Reservations.StockAnswer stockAnswer = join(stock);
            Reservations.CouponAnswer couponAnswer = join(coupon);
            if (stockAnswer instanceof Reservations.OutOfStock out) {
                throw new Conflict(ErrorCode.OUT_OF_STOCK, "sku " + out.skuId().value() + " is out of stock");
            }
            Optional<CouponOffer> offer = Optional.empty();
            if (couponAnswer instanceof Reservations.CouponRefused refused) {
                throw new Conflict(
                        ErrorCode.COUPON_INVALID, "coupon " + request.couponId().value() + ": " + refused.reason());
            } else if (couponAnswer instanceof Reservations.CouponReserved reserved) {
                offer = Optional.of(
                        new CouponOffer(request.couponId(), true, request.shopId(), reserved.discountCents(), 0));
            }
            PlacementDecision decision = OrderPlacement.decide(request, shopAnswer, menuAnswer, memberAnswer, offer);
            if (decision instanceof Rejected rejected) {
                throw new Conflict(rejected.code(), rejected.detail());
            }
            Instant now = clock.instant();
            Transition.Applied placed = Order.place(orderId, (Placeable) decision, now);
            orders.insert(placed, key, traceId);
            reservations.confirm(orderId, withCoupon);
            return placed.order();
        } catch (RuntimeException e) {
            // a release that overtook its reservation would leave it held until the sweeper runs; each
            // reservation ends within its own time limit
            reserving.forEach(
                    started -> started.handle((answer, failure) -> null).join());
            reservations.release(orderId, couponAsked);
            throw e;
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Transient.dependencyUnavailable("order", e);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof OrderCenterFailure failure) {
            return failure;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict(ErrorCode.CONCURRENT_MODIFICATION, "interrupted while waiting for an earlier request");
        }
    }
}
