package io.ordercenter.trade.order.infrastructure.http;

import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.trade.order.application.Reservations;
import io.ordercenter.trade.order.domain.CouponId;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.UserId;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.CouponApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.InventoryApi;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Try / confirm / cancel against inventory and coupon. Reservation ids are {@code inv-<orderId>} and
 * {@code cpn-<orderId>}, so every step can be repeated (by a retry or the sweeper in order-async).
 */
public final class HttpReservations implements Reservations {

    private static final Logger log = LoggerFactory.getLogger(HttpReservations.class);

    private final InventoryApi inventory;
    private final CouponApi coupons;
    private final DependencyGuard inventoryGuard;
    private final DependencyGuard couponGuard;

    HttpReservations(
            InventoryApi inventory, CouponApi coupons, DependencyGuard inventoryGuard, DependencyGuard couponGuard) {
        this.inventory = inventory;
        this.coupons = coupons;
        this.inventoryGuard = inventoryGuard;
        this.couponGuard = couponGuard;
    }

    public static String stockReservation(OrderId orderId) {
        return "inv-" + orderId.value();
    }

    public static String couponReservation(OrderId orderId) {
        return "cpn-" + orderId.value();
    }

    @Override
    public CompletableFuture<StockAnswer> reserveStock(OrderId orderId, List<RequestedLine> lines) {
        List<Map<String, Object>> items = lines.stream()
                .map(l ->
                        Map.<String, Object>of("skuId", Long.toString(l.skuId().value()), "quantity", l.quantity()))
                .toList();
        Map<String, Object> body = Map.of("reservationId", stockReservation(orderId), "items", items);
        return inventoryGuard.callAsync(() -> {
            ResponseEntity<JsonNode> response = inventory.reserve(body);
            if (response.getStatusCode().value() == 409
                    && response.getBody() != null
                    && "OUT_OF_STOCK".equals(response.getBody().path("code").asString())) {
                return new OutOfStock(new SkuId(
                        Long.parseLong(response.getBody().path("skuId").asString())));
            }
            HttpCatalog.ok(response, "inventory");
            return new StockReserved();
        });
    }

    @Override
    public CompletableFuture<CouponAnswer> reserveCoupon(
            OrderId orderId, CouponId couponId, UserId userId, long goodsCents) {
        Map<String, Object> body = Map.of(
                "reservationId", couponReservation(orderId),
                "couponId", couponId.value(),
                "userId", Long.toString(userId.value()),
                "goodsCents", goodsCents);
        return couponGuard.callAsync(() -> {
            ResponseEntity<JsonNode> response = coupons.reserve(body);
            if (response.getStatusCode().value() == 422
                    || response.getStatusCode().value() == 404) {
                JsonNode error = response.getBody();
                String reason =
                        error == null ? "not usable" : error.path("reason").asString("not usable");
                return new CouponRefused(reason);
            }
            return new CouponReserved(
                    HttpCatalog.ok(response, "coupon").path("discountCents").asLong());
        });
    }

    @Override
    public void confirm(OrderId orderId, boolean withCoupon) {
        bestEffort("confirm", orderId, withCoupon);
    }

    @Override
    public void release(OrderId orderId, boolean withCoupon) {
        bestEffort("release", orderId, withCoupon);
    }

    /** A lost confirm or release is repeated by the reservation sweeper, so failures here are only logged. */
    private void bestEffort(String step, OrderId orderId, boolean withCoupon) {
        CompletableFuture<?> stock = inventoryGuard.callAsync(() -> "confirm".equals(step)
                ? inventory.confirm(stockReservation(orderId))
                : inventory.release(stockReservation(orderId)));
        CompletableFuture<?> coupon = withCoupon
                ? couponGuard.callAsync(() -> "confirm".equals(step)
                        ? coupons.confirm(couponReservation(orderId))
                        : coupons.release(couponReservation(orderId)))
                : CompletableFuture.completedFuture(null);
        CompletableFuture.allOf(stock, coupon).exceptionally(failure -> {
            log.info(
                    "{} of reservations of order {} failed, the sweeper repeats it: {}",
                    step,
                    orderId.value(),
                    failure.toString());
            return null;
        });
    }
}
