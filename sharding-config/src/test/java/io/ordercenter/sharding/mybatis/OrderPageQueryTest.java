package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.OrderStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPageQueryTest {

    @Test
    void the_next_page_starts_after_the_last_row_of_a_full_page() {
        OrderPageQuery first = new OrderPageQuery(7, OrderStatus.PAID, null, null, null, 2);
        OrderRow a = row(30, Instant.parse("2026-01-02T00:00:00Z"));
        OrderRow b = row(20, Instant.parse("2026-01-01T00:00:00Z"));

        OrderPageQuery next = first.next(List.of(a, b));

        assertThat(next.after()).isEqualTo(new OrderPageQuery.Cursor(b.createdAt(), 20));
        assertThat(next.status()).isEqualTo(OrderStatus.PAID);
        assertThat(next.ownerId()).isEqualTo(7);
        assertThat(first.next(List.of(a))).isNull();
    }

    @Test
    void limits_are_bounded() {
        assertThatThrownBy(() -> OrderPageQuery.first(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderPageQuery.first(1, 1001)).isInstanceOf(IllegalArgumentException.class);
    }

    static OrderRow row(long orderId, Instant createdAt) {
        return OrderRow.builder()
                .orderId(orderId)
                .userId(1)
                .shopId(2)
                .status(OrderStatus.PAID)
                .contactName("n")
                .phone("p")
                .addressLine1("a")
                .city("c")
                .createdAt(createdAt)
                .updatedAt(createdAt)
                .version(1)
                .build();
    }
}
