package io.ordercenter.async.reconciliation.infrastructure.redis;

import io.ordercenter.async.reconciliation.application.ProjectedCopies;
import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.CopyState;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order-detail cache entries (JSON of the order snapshot), read with one {@code MGET} per page.
 * An entry that is not a readable order counts as a copy whose status is wrong.
 */
public final class CacheCopies implements ProjectedCopies {

    private final RedisConnection redis;
    private final JsonMapper json;
    private final DependencyGuard guard;

    public CacheCopies(RedisConnection redis, JsonMapper json, DependencyGuard guard) {
        this.redis = redis;
        this.json = json;
        this.guard = guard;
    }

    @Override
    public Copy copy() {
        return Copy.CACHE;
    }

    @Override
    public Map<String, CopyState> read(List<OrderRef> orders) {
        if (orders.isEmpty()) {
            return Map.of();
        }
        String[] keys = orders.stream().map(ref -> CacheKeys.order(ref.id())).toArray(String[]::new);
        // on a cluster, the client splits the MGET by slot and joins the answers in key order
        List<String> values = guard.call(() -> redis.sync().mget(keys).stream()
                .map(value -> value.getValueOrElse(null))
                .toList());
        Map<String, CopyState> states = new HashMap<>();
        for (int i = 0; i < orders.size() && values != null && i < values.size(); i++) {
            String value = values.get(i);
            if (value != null) {
                states.put(orders.get(i).id(), state(value));
            }
        }
        return states;
    }

    private CopyState state(String value) {
        try {
            OrderSnapshot order = json.readValue(value, OrderSnapshot.class);
            return new CopyState(
                    order.status(),
                    order.version(),
                    CopyState.amounts(
                            order.goodsCents(),
                            order.deliveryFeeCents(),
                            order.deliveryFeeWaivedCents(),
                            order.discountCents(),
                            order.payableCents()));
        } catch (RuntimeException unreadable) {
            return new CopyState(OrderStatus.CREATED, -1, Map.of());
        }
    }
}
