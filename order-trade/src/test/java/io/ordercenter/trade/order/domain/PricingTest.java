package io.ordercenter.trade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PricingTest {

    private static final SkuId NOODLES = new SkuId(1);
    private static final SkuId TEA = new SkuId(2);
    /** Fee 5.00, free from goods of 60.00. */
    private static final DeliveryTerms TERMS = DeliveryTerms.feeUnless(500, 6000);

    private static List<OrderLine> goodsOf(long noodlesCents, int noodles) {
        return List.of(new OrderLine(NOODLES, "Noodles", noodles, noodlesCents));
    }

    @Test
    void goods_are_unit_price_times_quantity_summed_over_the_lines() {
        List<OrderLine> lines = List.of(new OrderLine(NOODLES, "Noodles", 2, 1800), new OrderLine(TEA, "Tea", 3, 650));

        PriceBreakdown price = Pricing.price(lines, TERMS, false, 0);

        assertThat(price).isEqualTo(new PriceBreakdown(5550, 500, 0, 0, 6050));
    }

    @Test
    void below_the_free_delivery_threshold_the_fee_is_charged() {
        assertThat(Pricing.price(goodsOf(5999, 1), TERMS, false, 0))
                .isEqualTo(new PriceBreakdown(5999, 500, 0, 0, 6499));
    }

    @Test
    void at_the_free_delivery_threshold_the_shop_charges_no_fee() {
        assertThat(Pricing.price(goodsOf(6000, 1), TERMS, false, 0)).isEqualTo(new PriceBreakdown(6000, 0, 0, 0, 6000));
    }

    @Test
    void a_shop_without_threshold_always_charges_its_fee() {
        assertThat(Pricing.price(goodsOf(100_000, 1), DeliveryTerms.fee(300), false, 0)
                        .deliveryFeeCents())
                .isEqualTo(300);
    }

    @Test
    void a_member_has_the_charged_fee_waived() {
        assertThat(Pricing.price(goodsOf(2000, 1), TERMS, true, 0))
                .isEqualTo(new PriceBreakdown(2000, 500, 500, 0, 2000));
    }

    @Test
    void a_member_above_the_threshold_has_nothing_to_waive() {
        assertThat(Pricing.price(goodsOf(7000, 1), TERMS, true, 0)).isEqualTo(new PriceBreakdown(7000, 0, 0, 0, 7000));
    }

    @Test
    void the_free_delivery_threshold_looks_at_goods_before_the_discount() {
        assertThat(Pricing.price(goodsOf(6000, 1), TERMS, false, 1000))
                .isEqualTo(new PriceBreakdown(6000, 0, 0, 1000, 5000));
    }

    @Test
    void a_coupon_discounts_goods_only_so_the_fee_stays_due() {
        assertThat(Pricing.price(goodsOf(800, 1), TERMS, false, 1000))
                .isEqualTo(new PriceBreakdown(800, 500, 0, 800, 500));
    }

    @Test
    void payable_never_goes_below_zero() {
        assertThat(Pricing.price(goodsOf(800, 1), TERMS, true, 5000))
                .isEqualTo(new PriceBreakdown(800, 500, 500, 800, 0));
    }

    @Test
    void free_items_are_fine() {
        assertThat(Pricing.price(goodsOf(0, 3), DeliveryTerms.fee(0), false, 0))
                .isEqualTo(new PriceBreakdown(0, 0, 0, 0, 0));
    }

    @Test
    void amounts_that_overflow_fail_instead_of_wrapping() {
        List<OrderLine> huge =
                List.of(new OrderLine(NOODLES, "Noodles", 1, Long.MAX_VALUE), new OrderLine(TEA, "Tea", 1, 1));

        assertThatThrownBy(() -> Pricing.price(huge, TERMS, false, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Pricing.price(goodsOf(Long.MAX_VALUE / 2, 3), TERMS, false, 0))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Pricing.price(goodsOf(Long.MAX_VALUE - 100, 1), DeliveryTerms.fee(500), false, 0))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void a_negative_discount_or_no_lines_is_a_bug() {
        assertThatThrownBy(() -> Pricing.price(goodsOf(800, 1), TERMS, false, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pricing.price(List.of(), TERMS, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_breakdown_that_does_not_add_up_cannot_exist() {
        assertThatThrownBy(() -> new PriceBreakdown(1000, 500, 0, 0, 1400))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceBreakdown(1000, 500, 600, 0, 900))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceBreakdown(1000, 0, 0, 1001, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
