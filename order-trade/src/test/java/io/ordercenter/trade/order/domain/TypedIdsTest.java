package io.ordercenter.trade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.RefundId;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedIdsTest {

    private static final List<LongFunction<Object>> NUMERIC_IDS =
            List.of(OrderId::new, UserId::new, ShopId::new, SkuId::new, RiderId::new);

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void numeric_ids_are_positive(long value) {
        assertThat(NUMERIC_IDS).allSatisfy(id -> assertThatThrownBy(() -> id.apply(value))
                .isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void ids_of_the_same_value_are_equal_and_of_different_kinds_are_not() {
        assertThat(new OrderId(Long.MAX_VALUE)).isEqualTo(new OrderId(Long.MAX_VALUE));
        assertThat((Object) new UserId(7)).isNotEqualTo(new ShopId(7));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "has space",
                "semi;colon",
                "ü",
                "0123456789012345678901234567890123456789012345678901234567890123X"
            })
    void payment_and_refund_ids_are_1_to_64_url_safe_characters(String value) {
        assertThatThrownBy(() -> new PaymentId(value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payment_or_refund_id_may_use_letters_digits_dash_and_underscore() {
        assertThat(new PaymentId("pay_1-A").value()).isEqualTo("pay_1-A");
        assertThat(new RefundId("1234567890123-R1").value()).isEqualTo("1234567890123-R1");
    }

    @Test
    void coupon_ids_are_the_coupon_services_codes_but_never_blank_or_oversized() {
        assertThat(new CouponId("SPRING 2025 / 10% off").value()).isEqualTo("SPRING 2025 / 10% off");
        assertThatThrownBy(() -> new CouponId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CouponId("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CouponId(null)).isInstanceOf(NullPointerException.class);
    }
}
