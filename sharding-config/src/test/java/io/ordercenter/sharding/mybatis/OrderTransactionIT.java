package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.routing.ShardRouting;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** The order, its items, the user copy and the outbox row commit together or not at all. */
class OrderTransactionIT {

    private final ItStack stack = ItStack.get();

    @Test
    void the_four_writes_commit_in_one_local_transaction() throws SQLException {
        long userId = Orders.randomId();
        OrderWithItems order = Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), Instant.now());
        OutboxRow event = Orders.placedEvent(order.order());

        stack.transactions.executeWithoutResult(status -> {
            stack.orders.insert(order);
            stack.userOrders.insert(order.order());
            stack.outbox.insert(event);
        });

        assertThat(physicalRows(order.order())).isEqualTo(new Rows(1, 2, 1, 1));
        assertThat(stack.orders.findOrder(order.order().orderId())).contains(order);
        assertThat(stack.userOrders.select(userId, order.order().orderId())).isEqualTo(order.order());
    }

    @Test
    void an_exception_before_commit_leaves_none_of_them() throws SQLException {
        long userId = Orders.randomId();
        OrderWithItems order = Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), Instant.now());
        OutboxRow event = Orders.placedEvent(order.order());

        assertThatThrownBy(() -> stack.transactions.executeWithoutResult(status -> {
                    stack.orders.insert(order);
                    stack.userOrders.insert(order.order());
                    stack.outbox.insert(event);
                    throw new IllegalStateException("crash before commit");
                }))
                .hasMessage("crash before commit");

        assertThat(physicalRows(order.order())).isEqualTo(new Rows(0, 0, 0, 0));
        assertThat(stack.orders.findOrder(order.order().orderId())).isEmpty();
    }

    @Test
    void a_statement_failing_part_way_rolls_back_the_earlier_ones() throws SQLException {
        long userId = Orders.randomId();
        OrderWithItems first = Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), Instant.now());
        OutboxRow firstEvent = Orders.placedEvent(first.order());
        stack.transactions.executeWithoutResult(status -> {
            stack.orders.insert(first);
            stack.userOrders.insert(first.order());
            stack.outbox.insert(firstEvent);
        });

        // same user, so same database; the outbox insert reuses the first event's id and fails last
        OrderWithItems second = Orders.placed(stack.ids.next(userId), userId, Orders.randomId(), Instant.now());
        OutboxRow clashingEvent = new OutboxRow(
                null,
                firstEvent.eventId(),
                second.order().orderId(),
                1,
                firstEvent.topic(),
                firstEvent.payload(),
                Instant.now(),
                null);
        assertThatThrownBy(() -> stack.transactions.executeWithoutResult(status -> {
                    stack.orders.insert(second);
                    stack.userOrders.insert(second.order());
                    stack.outbox.insert(clashingEvent);
                }))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(physicalRows(second.order())).isEqualTo(new Rows(0, 0, 0, 0));
        assertThat(physicalRows(first.order())).isEqualTo(new Rows(1, 2, 1, 1));
    }

    private Rows physicalRows(OrderRow order) throws SQLException {
        int index = ShardRouting.shardOfOrder(order.orderId());
        int db = ShardRouting.databaseOf(index);
        return new Rows(
                stack.count(db, "t_order_" + index, "order_id", order.orderId()),
                stack.count(db, "t_order_item_" + index, "order_id", order.orderId()),
                stack.count(db, "t_order_user_" + index, "order_id", order.orderId()),
                stack.count(db, "t_outbox", "order_id", order.orderId()));
    }

    private record Rows(long order, long items, long userCopy, long outbox) {}
}
