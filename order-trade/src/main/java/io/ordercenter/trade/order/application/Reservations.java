package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.CouponId;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.UserId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Inventory and coupon reservations, try / confirm / cancel. Every step is idempotent by a
 * reservation id derived from the order id, so retries and the sweeper may repeat any of them.
 */
public interface Reservations {

    sealed interface StockAnswer {}

    record StockReserved() implements StockAnswer {}

    record OutOfStock(SkuId skuId) implements StockAnswer {}

    sealed interface CouponAnswer {}

    record CouponReserved(long discountCents) implements CouponAnswer {}

    record CouponRefused(String reason) implements CouponAnswer {}

    CompletableFuture<StockAnswer> reserveStock(OrderId orderId, List<RequestedLine> lines);

    CompletableFuture<CouponAnswer> reserveCoupon(OrderId orderId, CouponId couponId, UserId userId, long goodsCents);

    /** Confirms both reservations of a stored order (best effort; the sweeper repeats it if lost). */
    void confirm(OrderId orderId, boolean withCoupon);

    /** Releases both reservations (best effort; the sweeper repeats it if lost). */
    void release(OrderId orderId, boolean withCoupon);
}
