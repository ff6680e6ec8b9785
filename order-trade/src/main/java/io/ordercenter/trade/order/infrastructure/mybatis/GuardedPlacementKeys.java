package io.ordercenter.trade.order.infrastructure.mybatis;

import io.ordercenter.trade.order.application.PlacementKey;
import io.ordercenter.trade.order.application.PlacementKeys;
import java.util.Optional;

/** {@link PlacementKeys} with every call on the guard of the user's database. */
public final class GuardedPlacementKeys implements PlacementKeys {

    private final PlacementKeys keys;
    private final ShardDatabaseGuards guards;

    public GuardedPlacementKeys(PlacementKeys keys, ShardDatabaseGuards guards) {
        this.keys = keys;
        this.guards = guards;
    }

    @Override
    public boolean claim(PlacementKey key) {
        return guards.of(key.userId()).call(() -> keys.claim(key));
    }

    @Override
    public Optional<Record> find(PlacementKey key) {
        return guards.of(key.userId()).call(() -> keys.find(key));
    }

    @Override
    public boolean retake(PlacementKey key, Record seen) {
        return guards.of(key.userId()).call(() -> keys.retake(key, seen));
    }

    @Override
    public void fail(PlacementKey key) {
        guards.of(key.userId()).call(() -> {
            keys.fail(key);
            return null;
        });
    }
}
