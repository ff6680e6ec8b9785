package io.ordercenter.trade.order.domain;

import static io.ordercenter.trade.order.domain.Placements.COUPON;
import static io.ordercenter.trade.order.domain.Placements.NOODLES;
import static io.ordercenter.trade.order.domain.Placements.OTHER_SHOP;
import static io.ordercenter.trade.order.domain.Placements.OTHER_SHOPS_PIZZA;
import static io.ordercenter.trade.order.domain.Placements.SHOP;
import static io.ordercenter.trade.order.domain.Placements.SOLD_OUT_DUMPLINGS;
import static io.ordercenter.trade.order.domain.Placements.TEA;
import static io.ordercenter.trade.order.domain.Placements.UNKNOWN_SKU;
import static io.ordercenter.trade.order.domain.Placements.decide;
import static io.ordercenter.trade.order.domain.Placements.line;
import static io.ordercenter.trade.order.domain.Placements.menu;
import static io.ordercenter.trade.order.domain.Placements.openShop;
import static io.ordercenter.trade.order.domain.Placements.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.trade.order.domain.PlacementDecision.Placeable;
import io.ordercenter.trade.order.domain.PlacementDecision.Rejected;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderPlacementTest {

    @Test
    void a_valid_request_is_priced_with_the_menus_names_and_prices() {
        PlacementDecision decision = decide(Placements.defaultRequest());

        assertThat(decision).isInstanceOfSatisfying(Placeable.class, placeable -> {
            assertThat(placeable.items())
                    .containsExactly(
                            new OrderLine(NOODLES, "Beef noodles", 2, 1800), new OrderLine(TEA, "Iced tea", 1, 600));
            assertThat(placeable.charges()).isEqualTo(new PriceBreakdown(4200, 500, 0, 0, 4700));
            assertThat(placeable.request()).isEqualTo(Placements.defaultRequest());
        });
    }

    @Test
    void an_unknown_shop_is_rejected() {
        assertRejected(
                OrderPlacement.decide(Placements.defaultRequest(), Optional.empty(), menu(), false, Optional.empty()),
                ErrorCode.SHOP_NOT_FOUND);
    }

    @Test
    void a_closed_shop_is_rejected() {
        assertRejected(
                OrderPlacement.decide(
                        Placements.defaultRequest(),
                        Optional.of(Placements.closedShop()),
                        menu(),
                        false,
                        Optional.empty()),
                ErrorCode.SHOP_CLOSED);
    }

    @Test
    void a_sku_the_menu_does_not_know_is_rejected() {
        assertRejected(decide(request(line(NOODLES, 1), line(UNKNOWN_SKU, 1))), ErrorCode.SKU_NOT_FOUND);
    }

    @Test
    void a_sku_of_another_shop_is_rejected() {
        assertRejected(decide(request(line(OTHER_SHOPS_PIZZA, 1))), ErrorCode.SKU_NOT_FOUND);
    }

    @Test
    void a_sku_off_sale_is_rejected_as_out_of_stock() {
        PlacementDecision decision = decide(request(line(NOODLES, 1), line(SOLD_OUT_DUMPLINGS, 1)));

        assertThat(decision).isEqualTo(new Rejected(ErrorCode.OUT_OF_STOCK, "Dumplings is not available"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 100, 1000})
    void a_quantity_outside_1_to_99_is_rejected(int quantity) {
        assertRejected(decide(request(line(NOODLES, quantity))), ErrorCode.VALIDATION_FAILED);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 99})
    void quantities_1_and_99_are_fine(int quantity) {
        assertThat(decide(request(line(NOODLES, quantity)))).isInstanceOf(Placeable.class);
    }

    @Test
    void an_order_without_lines_is_rejected() {
        assertRejected(decide(request()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void fifty_lines_are_fine_and_fifty_one_are_rejected() {
        Map<SkuId, MenuItem> bigMenu = new HashMap<>();
        List<RequestedLine> lines = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> {
                    SkuId sku = new SkuId(10_000 + i);
                    bigMenu.put(sku, new MenuItem(sku, SHOP, "Dish " + i, 100, true));
                    return line(sku, 1);
                })
                .toList();

        PlacementDecision fifty = OrderPlacement.decide(
                request(lines.subList(0, 50).toArray(RequestedLine[]::new)),
                Optional.of(openShop()),
                bigMenu,
                false,
                Optional.empty());
        PlacementDecision fiftyOne = OrderPlacement.decide(
                request(lines.toArray(RequestedLine[]::new)),
                Optional.of(openShop()),
                bigMenu,
                false,
                Optional.empty());

        assertThat(fifty).isInstanceOf(Placeable.class);
        assertRejected(fiftyOne, ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void the_same_sku_on_two_lines_is_rejected() {
        assertRejected(decide(request(line(NOODLES, 1), line(NOODLES, 2))), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void input_is_checked_before_the_shop() {
        assertRejected(
                OrderPlacement.decide(request(line(NOODLES, 0)), Optional.empty(), menu(), false, Optional.empty()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void a_usable_coupon_discounts_the_goods() {
        PlacementDecision decision = withCoupon(Optional.of(Placements.usableCoupon()));

        assertThat(decision).isInstanceOfSatisfying(Placeable.class, placeable -> assertThat(placeable.charges())
                .isEqualTo(new PriceBreakdown(4200, 500, 0, 1000, 3700)));
    }

    @Test
    void a_coupon_the_coupon_service_does_not_know_is_rejected() {
        assertRejected(withCoupon(Optional.empty()), ErrorCode.COUPON_INVALID);
    }

    @Test
    void an_unusable_coupon_is_rejected() {
        assertRejected(
                withCoupon(Optional.of(new CouponOffer(COUPON, false, null, 1000, 0))), ErrorCode.COUPON_INVALID);
    }

    @Test
    void a_coupon_of_another_shop_is_rejected() {
        assertRejected(
                withCoupon(Optional.of(new CouponOffer(COUPON, true, OTHER_SHOP, 1000, 0))), ErrorCode.COUPON_INVALID);
    }

    @Test
    void a_coupon_whose_minimum_the_goods_do_not_reach_is_rejected() {
        PlacementDecision decision = withCoupon(Optional.of(new CouponOffer(COUPON, true, SHOP, 1000, 4201)));

        assertThat(decision)
                .isEqualTo(new Rejected(ErrorCode.COUPON_INVALID, "the coupon needs goods of at least 4201 cents"));
    }

    @Test
    void a_coupon_offered_without_being_requested_is_ignored() {
        PlacementDecision decision = OrderPlacement.decide(
                Placements.defaultRequest(),
                Optional.of(openShop()),
                menu(),
                false,
                Optional.of(Placements.usableCoupon()));

        assertThat(decision).isInstanceOfSatisfying(Placeable.class, placeable -> assertThat(
                        placeable.charges().discountCents())
                .isZero());
    }

    @Test
    void membership_waives_the_delivery_fee() {
        PlacementDecision decision = OrderPlacement.decide(
                Placements.defaultRequest(), Optional.of(openShop()), menu(), true, Optional.empty());

        assertThat(decision).isInstanceOfSatisfying(Placeable.class, placeable -> assertThat(placeable.charges())
                .isEqualTo(new PriceBreakdown(4200, 500, 500, 0, 4200)));
    }

    private static PlacementDecision withCoupon(Optional<CouponOffer> coupon) {
        return OrderPlacement.decide(
                request(COUPON, line(NOODLES, 2), line(TEA, 1)), Optional.of(openShop()), menu(), false, coupon);
    }

    private static void assertRejected(PlacementDecision decision, ErrorCode code) {
        assertThat(decision).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo(code);
            assertThat(rejected.detail()).isNotBlank();
        });
    }
}
