package io.ordercenter.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final OrderSnapshot ORDER = new OrderSnapshot(
            "77",
            "1001",
            "3",
            "5001",
            OrderStatus.DELIVERING,
            List.of(),
            3000,
            500,
            0,
            0,
            3500,
            null,
            new OrderSnapshot.Address("Li Lei", "13812341001", "1 Main St", "Hangzhou", null, null),
            null,
            Instant.parse("2026-11-22T00:00:00Z"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            4);

    private static Caller caller(String sub, Role role, String shop) {
        return new Caller(sub, Set.of(role), Optional.ofNullable(shop));
    }

    @Test
    void the_owner_reads_the_order_and_sees_the_full_phone() {
        Caller owner = caller("1001", Role.USER, null);
        assertThat(owner.mayRead(ORDER)).isTrue();
        assertThat(owner.seesFullPhone(ORDER)).isTrue();
    }

    @Test
    void another_user_may_not_read_the_order() {
        assertThat(caller("1002", Role.USER, null).mayRead(ORDER)).isFalse();
    }

    @Test
    void the_shops_merchant_reads_it_masked_and_another_shops_merchant_may_not() {
        Caller merchant = caller("9003", Role.MERCHANT, "3");
        assertThat(merchant.mayRead(ORDER)).isTrue();
        assertThat(merchant.seesFullPhone(ORDER)).isFalse();
        assertThat(caller("9004", Role.MERCHANT, "4").mayRead(ORDER)).isFalse();
        assertThat(caller("9003", Role.MERCHANT, null).mayRead(ORDER)).isFalse();
    }

    @Test
    void only_the_assigned_rider_reads_it() {
        assertThat(caller("5001", Role.RIDER, null).mayRead(ORDER)).isTrue();
        assertThat(caller("5002", Role.RIDER, null).mayRead(ORDER)).isFalse();
    }

    @Test
    void a_user_id_in_a_rider_token_does_not_make_the_rider_the_owner() {
        assertThat(caller("1001", Role.RIDER, null).mayActForUser("1001")).isFalse();
    }

    @Test
    void support_reads_everything_unmasked() {
        Caller support = caller("s1", Role.SUPPORT, null);
        assertThat(support.mayRead(ORDER)).isTrue();
        assertThat(support.seesFullPhone(ORDER)).isTrue();
        assertThat(support.mayActForShop("42")).isTrue();
    }

    @Test
    void phones_are_masked_keeping_three_leading_and_four_trailing_digits() {
        assertThat(Phones.mask("13812341111")).isEqualTo("138****1111");
        assertThat(ORDER.withMaskedPhone().address().phone()).isEqualTo("138****1001");
        assertThat(Phones.isSearchablePrefix("138")).isTrue();
        assertThat(Phones.isSearchablePrefix("13")).isFalse();
        assertThat(Phones.isSearchablePrefix("138123411112")).isFalse();
        assertThat(Phones.isSearchablePrefix("13a")).isFalse();
    }
}
