package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reconciliation reads (orders of a window, per physical table) and writes (repaired copies). */
class ReconciliationStoresIT {

    private final ItStack stack = ItStack.get();

    @Test
    void a_repair_overwrites_a_copy_of_the_same_version_and_never_takes_a_newer_one_back() {
        long userId = Orders.randomId();
        long shopId = Orders.randomId();
        OrderRow v2 = Orders.placed(stack.ids.next(userId), userId, shopId, Instant.now()).order().toBuilder()
                .status(OrderStatus.PAID)
                .paymentId("PAY-1")
                .version(2)
                .build();
        OrderRow corrupted =
                v2.toBuilder().status(OrderStatus.CANCELLED).payableCents(1).build();
        stack.shopOrders.upsert(corrupted);
        stack.transactions.executeWithoutResult(status -> stack.userOrders.insert(corrupted));

        stack.repairs.repairShopCopy(v2);
        stack.repairs.repairUserCopy(v2);
        assertThat(stack.shopOrders.select(shopId, v2.orderId())).isEqualTo(v2);
        assertThat(stack.userOrders.select(userId, v2.orderId())).isEqualTo(v2);

        OrderRow v3 = v2.toBuilder().status(OrderStatus.ACCEPTED).version(3).build();
        stack.shopOrders.upsert(v3);
        stack.repairs.repairShopCopy(v2);
        assertThat(stack.shopOrders.select(shopId, v2.orderId())).isEqualTo(v3);

        OrderRow missing = Orders.placed(stack.ids.next(userId), userId, shopId, Instant.now())
                .order();
        stack.repairs.repairShopCopy(missing);
        stack.repairs.repairUserCopy(missing);
        assertThat(stack.shopOrders.select(shopId, missing.orderId())).isEqualTo(missing);
        assertThat(stack.userOrders.select(userId, missing.orderId())).isEqualTo(missing);
    }

    @Test
    void the_orders_of_a_window_are_listed_per_table_and_status_in_pages() {
        long userId = Orders.randomId();
        int table = ShardRouting.shardOfUser(userId);
        Instant from = Instant.parse("2031-01-01T00:00:00Z").plusMillis(Orders.randomId() % 1_000_000_000L);
        List<Long> inWindow = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OrderWithItems order =
                    Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), from.plusSeconds(i));
            stack.transactions.executeWithoutResult(status -> stack.orders.insert(order));
            inWindow.add(order.order().orderId());
        }
        OrderWithItems before = Orders.placed(stack.ids.next(userId), userId, 1, from.minusMillis(1));
        OrderWithItems after = Orders.placed(stack.ids.next(userId), userId, 1, from.plusSeconds(5));
        stack.transactions.executeWithoutResult(status -> {
            stack.orders.insert(before);
            stack.orders.insert(after);
        });
        Instant to = from.plusSeconds(5);

        List<Long> seen = new ArrayList<>();
        OrderPageQuery.Cursor cursor = null;
        while (true) {
            List<OrderRow> page = stack.scans.createdBetween(table, OrderStatus.CREATED, from, to, cursor, 2);
            page.forEach(row -> seen.add(row.orderId()));
            if (page.size() < 2) {
                break;
            }
            cursor = OrderPageQuery.Cursor.after(page.get(page.size() - 1));
        }
        assertThat(seen).containsExactlyElementsOf(inWindow);
        assertThat(stack.scans.createdBetween(table, OrderStatus.PAID, from, to, null, 10))
                .isEmpty();
    }
}
