package io.ordercenter.async.reconciliation.infrastructure.mybatis;

import io.ordercenter.async.reconciliation.application.OrderCopies;
import io.ordercenter.async.reconciliation.domain.CopyState;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import io.ordercenter.async.reconciliation.domain.OrderState;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderPageQuery;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderScanStore;
import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The order copy of a window, read one physical {@code t_order} table and one status at a time
 * ({@link OrderScanStore}: a range of each table's {@code (status, created_at)} index, never a scan).
 */
public final class MyBatisOrderCopies implements OrderCopies {

    private final OrderScanStore scans;
    private final OrderMapper orders;
    private final DependencyGuard database;

    public MyBatisOrderCopies(OrderScanStore scans, OrderMapper orders, DependencyGuard database) {
        this.scans = scans;
        this.orders = orders;
        this.database = database;
    }

    @Override
    public void forEachPage(Instant from, Instant to, int pageSize, Consumer<List<OrderState>> page) {
        List<OrderState> pending = new ArrayList<>();
        for (int table = 0; table < ShardRouting.TABLES; table++) {
            for (OrderStatus status : OrderStatus.values()) {
                OrderPageQuery.Cursor after = null;
                while (true) {
                    int tableIndex = table;
                    OrderPageQuery.Cursor position = after;
                    List<OrderRow> rows =
                            database.call(() -> scans.createdBetween(tableIndex, status, from, to, position, pageSize));
                    rows.forEach(row -> pending.add(state(row)));
                    if (pending.size() >= pageSize) {
                        page.accept(List.copyOf(pending));
                        pending.clear();
                    }
                    if (rows.size() < pageSize) {
                        break;
                    }
                    after = OrderPageQuery.Cursor.after(rows.get(rows.size() - 1));
                }
            }
        }
        if (!pending.isEmpty()) {
            page.accept(List.copyOf(pending));
        }
    }

    @Override
    public Optional<OrderState> find(long orderId) {
        return Optional.ofNullable(database.call(() -> orders.selectOrder(orderId)))
                .map(MyBatisOrderCopies::state);
    }

    /** What reconciliation compares of an order row (any of the three copies). */
    public static CopyState copyState(OrderRow row) {
        return new CopyState(
                row.status(),
                row.version(),
                CopyState.amounts(
                        row.goodsCents(),
                        row.deliveryFeeCents(),
                        row.deliveryFeeWaivedCents(),
                        row.discountCents(),
                        row.payableCents()));
    }

    private static OrderState state(OrderRow row) {
        return new OrderState(new OrderRef(row.orderId(), row.userId(), row.shopId()), copyState(row));
    }
}
