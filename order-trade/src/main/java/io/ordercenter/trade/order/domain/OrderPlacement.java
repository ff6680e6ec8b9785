package io.ordercenter.trade.order.domain;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.trade.order.domain.PlacementDecision.Placeable;
import io.ordercenter.trade.order.domain.PlacementDecision.Rejected;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an order can be placed, from the request and what the shop, menu, user and coupon services said.
 * Pure: the caller fetches the snapshots (in parallel) and passes them in. Checks, first failure wins:
 *
 * <ol>
 *   <li>1 to {@value #MAX_LINES} lines, each sku once, each quantity 1 to {@value OrderLine#MAX_QUANTITY}:
 *       {@code VALIDATION_FAILED};
 *   <li>the shop exists ({@code SHOP_NOT_FOUND}) and is open ({@code SHOP_CLOSED});
 *   <li>every sku is on that shop's menu ({@code SKU_NOT_FOUND}) and on sale ({@code OUT_OF_STOCK}; the stock itself
 *       is reserved later with the inventory service);
 *   <li>a requested coupon is known and usable, valid in this shop, and the goods reach its minimum
 *       ({@code COUPON_INVALID}).
 * </ol>
 */
public final class OrderPlacement {
    public static final int MAX_LINES = 50;

    private OrderPlacement() {}

    /**
     * @param shop the shop, or empty if the shop service does not know it
     * @param menu the menu items the menu service returned for the requested skus (unknown skus are absent)
     * @param member whether the customer's membership waives the delivery fee
     * @param coupon the requested coupon, or empty if none was requested or the coupon service does not know it
     */
    public static PlacementDecision decide(
            PlacementRequest request,
            Optional<ShopSnapshot> shop,
            Map<SkuId, MenuItem> menu,
            boolean member,
            Optional<CouponOffer> coupon) {
        List<RequestedLine> lines = request.lines();
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            return invalid("an order has 1 to " + MAX_LINES + " lines, not " + lines.size());
        }
        Set<SkuId> seen = new HashSet<>();
        for (RequestedLine line : lines) {
            if (!seen.add(line.skuId())) {
                return invalid("sku " + line.skuId().value() + " appears on more than one line");
            }
            if (line.quantity() < 1 || line.quantity() > OrderLine.MAX_QUANTITY) {
                return invalid("quantity of sku " + line.skuId().value() + " must be 1 to " + OrderLine.MAX_QUANTITY
                        + ", not " + line.quantity());
            }
        }

        if (shop.isEmpty()) {
            return new Rejected(
                    ErrorCode.SHOP_NOT_FOUND, "shop " + request.shopId().value() + " does not exist");
        }
        if (!shop.get().open()) {
            return new Rejected(
                    ErrorCode.SHOP_CLOSED, "shop " + request.shopId().value() + " is closed");
        }

        List<OrderLine> items = new ArrayList<>(lines.size());
        for (RequestedLine line : lines) {
            MenuItem item = menu.get(line.skuId());
            if (item == null || !item.shopId().equals(request.shopId())) {
                return new Rejected(
                        ErrorCode.SKU_NOT_FOUND,
                        "sku " + line.skuId().value() + " is not on the menu of shop "
                                + request.shopId().value());
            }
            if (!item.available()) {
                return new Rejected(ErrorCode.OUT_OF_STOCK, item.name() + " is not available");
            }
            items.add(new OrderLine(item.skuId(), item.name(), line.quantity(), item.unitPriceCents()));
        }

        long discount = 0;
        if (request.couponId() != null) {
            Optional<String> problem = couponProblem(request, coupon, Pricing.goodsCents(items));
            if (problem.isPresent()) {
                return new Rejected(ErrorCode.COUPON_INVALID, problem.get());
            }
            discount = coupon.get().discountCents();
        }
        return new Placeable(request, items, Pricing.price(items, shop.get().delivery(), member, discount));
    }

    private static Optional<String> couponProblem(
            PlacementRequest request, Optional<CouponOffer> coupon, long goodsCents) {
        if (coupon.isEmpty()
                || !coupon.get().id().equals(request.couponId())
                || !coupon.get().usable()) {
            return Optional.of("the coupon cannot be used");
        }
        CouponOffer offer = coupon.get();
        if (offer.shopId() != null && !offer.shopId().equals(request.shopId())) {
            return Optional.of("the coupon is not valid in this shop");
        }
        if (goodsCents < offer.minGoodsCents()) {
            return Optional.of("the coupon needs goods of at least " + offer.minGoodsCents() + " cents");
        }
        return Optional.empty();
    }

    private static Rejected invalid(String detail) {
        return new Rejected(ErrorCode.VALIDATION_FAILED, detail);
    }
}
