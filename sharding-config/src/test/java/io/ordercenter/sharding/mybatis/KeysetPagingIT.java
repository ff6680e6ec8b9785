package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Keyset pages over one user's and one shop's 250 orders return every order once, newest first. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeysetPagingIT {

    private static final int ORDERS = 250;
    private static final int PAGE = 37;
    private static final Comparator<OrderRow> NEWEST_FIRST = Comparator.comparing(OrderRow::createdAt)
            .thenComparingLong(OrderRow::orderId)
            .reversed();

    private final ItStack stack = ItStack.get();
    private final long userId = Orders.randomId();
    private final long shopId = Orders.randomId();
    private final Instant base = Instant.parse("2026-06-01T11:00:00Z");
    private final List<OrderRow> placed = new ArrayList<>();

    @BeforeAll
    void place_250_orders_of_one_user_at_one_shop() {
        for (int i = 0; i < ORDERS; i++) {
            // groups of five share a creation time, so the order id must break ties
            Instant createdAt = base.plusSeconds(60L * (i / 5));
            OrderWithItems order = Orders.placed(stack.ids.next(userId), userId, shopId, createdAt);
            OrderRow row = i % 3 == 0 ? paid(order.order()) : order.order();
            stack.transactions.executeWithoutResult(status -> {
                stack.orders.insert(new OrderWithItems(row, order.items()));
                stack.userOrders.insert(row);
            });
            stack.shopOrders.upsert(row);
            placed.add(row);
        }
    }

    @Test
    void paging_a_users_orders_returns_each_once_newest_first() {
        List<OrderRow> all = pageAll(OrderPageQuery.first(userId, PAGE), stack.userOrders::pageByUser);
        assertThat(all).hasSize(ORDERS).isEqualTo(sorted(placed));
    }

    @Test
    void paging_a_shops_orders_returns_each_once_newest_first() {
        List<OrderRow> all = pageAll(OrderPageQuery.first(shopId, PAGE), stack.shopOrders::pageByShop);
        assertThat(all).hasSize(ORDERS).isEqualTo(sorted(placed));
    }

    @Test
    void a_status_filter_pages_through_the_matching_orders_only() {
        OrderPageQuery query = new OrderPageQuery(userId, OrderStatus.PAID, null, null, null, PAGE);
        List<OrderRow> expected = sorted(
                placed.stream().filter(o -> o.status() == OrderStatus.PAID).toList());
        assertThat(pageAll(query, stack.userOrders::pageByUser)).hasSize(84).isEqualTo(expected);
        OrderPageQuery shopQuery = new OrderPageQuery(shopId, OrderStatus.PAID, null, null, null, PAGE);
        assertThat(pageAll(shopQuery, stack.shopOrders::pageByShop)).isEqualTo(expected);
    }

    @Test
    void a_creation_window_pages_through_the_orders_created_in_it() {
        Instant from = base.plusSeconds(60L * 10);
        Instant before = base.plusSeconds(60L * 20);
        OrderPageQuery query = new OrderPageQuery(shopId, null, from, before, null, 7);
        List<OrderRow> expected = sorted(placed.stream()
                .filter(o -> !o.createdAt().isBefore(from) && o.createdAt().isBefore(before))
                .toList());
        assertThat(pageAll(query, stack.shopOrders::pageByShop)).hasSize(50).isEqualTo(expected);
    }

    private static List<OrderRow> pageAll(OrderPageQuery first, Function<OrderPageQuery, List<OrderRow>> pages) {
        List<OrderRow> all = new ArrayList<>();
        HashSet<Long> seen = new HashSet<>();
        int pageCount = 0;
        for (OrderPageQuery query = first; query != null; ) {
            List<OrderRow> page = pages.apply(query);
            assertThat(page.size()).isLessThanOrEqualTo(query.limit());
            for (OrderRow row : page) {
                assertThat(seen.add(row.orderId()))
                        .as("order %d seen twice", row.orderId())
                        .isTrue();
            }
            all.addAll(page);
            query = query.next(page);
            assertThat(++pageCount).isLessThan(1_000);
        }
        return all;
    }

    private static List<OrderRow> sorted(List<OrderRow> rows) {
        return rows.stream().sorted(NEWEST_FIRST).toList();
    }

    private static OrderRow paid(OrderRow row) {
        return row.toBuilder()
                .status(OrderStatus.PAID)
                .paidAt(row.createdAt().plusSeconds(5))
                .paymentId("PAY-" + row.orderId())
                .build();
    }
}
