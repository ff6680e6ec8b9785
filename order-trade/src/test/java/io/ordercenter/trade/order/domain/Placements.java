package io.ordercenter.trade.order.domain;

import io.ordercenter.trade.order.domain.PlacementDecision.Placeable;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test data for placing: shop 42 (fee 5.00, free from 60.00) selling noodles at 18.00 and tea at 6.00; the default
 * request is 2 noodles and 1 tea = goods 42.00 + fee 5.00 = payable 47.00.
 */
final class Placements {
    static final UserId USER = new UserId(7);
    static final ShopId SHOP = new ShopId(42);
    static final ShopId OTHER_SHOP = new ShopId(43);
    static final SkuId NOODLES = new SkuId(501);
    static final SkuId TEA = new SkuId(502);
    static final SkuId SOLD_OUT_DUMPLINGS = new SkuId(503);
    static final SkuId OTHER_SHOPS_PIZZA = new SkuId(601);
    static final SkuId UNKNOWN_SKU = new SkuId(999);
    static final CouponId COUPON = new CouponId("WELCOME-10");
    static final long PAYABLE = 4700;

    private Placements() {}

    static ShopSnapshot openShop() {
        return new ShopSnapshot(SHOP, true, DeliveryTerms.feeUnless(500, 6000));
    }

    static ShopSnapshot closedShop() {
        return new ShopSnapshot(SHOP, false, DeliveryTerms.feeUnless(500, 6000));
    }

    static Map<SkuId, MenuItem> menu() {
        return Map.of(
                NOODLES, new MenuItem(NOODLES, SHOP, "Beef noodles", 1800, true),
                TEA, new MenuItem(TEA, SHOP, "Iced tea", 600, true),
                SOLD_OUT_DUMPLINGS, new MenuItem(SOLD_OUT_DUMPLINGS, SHOP, "Dumplings", 1200, false),
                OTHER_SHOPS_PIZZA, new MenuItem(OTHER_SHOPS_PIZZA, OTHER_SHOP, "Pizza", 5000, true));
    }

    /** 10.00 off from goods of 30.00, in any shop. */
    static CouponOffer usableCoupon() {
        return new CouponOffer(COUPON, true, null, 1000, 3000);
    }

    static DeliveryAddress address() {
        return new DeliveryAddress("Li Lei", "13800001111", "1 Zhongshan Road, Apt 502", "Shanghai", 31.23, 121.47);
    }

    static RequestedLine line(SkuId sku, int quantity) {
        return new RequestedLine(sku, quantity);
    }

    static PlacementRequest request(RequestedLine... lines) {
        return request(null, lines);
    }

    static PlacementRequest request(CouponId coupon, RequestedLine... lines) {
        return new PlacementRequest(USER, SHOP, List.of(lines), coupon, address(), "no chili");
    }

    static PlacementRequest defaultRequest() {
        return request(line(NOODLES, 2), line(TEA, 1));
    }

    static PlacementDecision decide(PlacementRequest request) {
        return OrderPlacement.decide(request, Optional.of(openShop()), menu(), false, Optional.empty());
    }

    static Placeable placeable() {
        return (Placeable) decide(defaultRequest());
    }
}
