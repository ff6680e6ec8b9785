package io.ordercenter.trade.order.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a customer asks for when placing an order. Quantities and line counts are not checked here but by
 * {@link OrderPlacement}, which turns them into {@link PlacementDecision.Rejected} values.
 *
 * @param couponId the coupon to apply, or {@code null}
 * @param remark a note for the shop, or {@code null}
 */
public record PlacementRequest(
        UserId userId,
        ShopId shopId,
        List<RequestedLine> lines,
        CouponId couponId,
        DeliveryAddress address,
        String remark) {

    public PlacementRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(shopId, "shopId");
        lines = List.copyOf(lines);
        Objects.requireNonNull(address, "address");
    }

    /** One sku and how many of it. */
    public record RequestedLine(SkuId skuId, int quantity) {
        public RequestedLine {
            Objects.requireNonNull(skuId, "skuId");
        }
    }
}
