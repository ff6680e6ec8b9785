package io.ordercenter.trade.order.infrastructure.mybatis;

import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.platform.resilience.DependencyGuards;
import io.ordercenter.sharding.routing.ShardRouting;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.UserId;

/**
 * One dependency guard per physical database ({@code database-0} .. {@code database-3}, each with
 * its own bulkhead, time limit and circuit breaker in {@code application.yml}), so that a shard
 * server that is down or hanging costs only the users, orders and shops stored there a fast 503,
 * and every other shard keeps answering.
 */
public final class ShardDatabaseGuards {

    /** The resilience4j instance name of database {@code index}. */
    public static String name(int database) {
        return "database-" + database;
    }

    private final DependencyGuard[] guards = new DependencyGuard[ShardRouting.DATABASES];

    public ShardDatabaseGuards(DependencyGuards all) {
        for (int db = 0; db < guards.length; db++) {
            guards[db] = all.guard(name(db));
        }
    }

    /** The guard of the database that holds this order (the id's gene names the user's shard). */
    public DependencyGuard of(OrderId order) {
        return guards[ShardRouting.databaseOf(ShardRouting.shardOfOrder(order.value()))];
    }

    /** The guard of the database that holds this user's orders and idempotency keys. */
    public DependencyGuard of(UserId user) {
        return guards[ShardRouting.databaseOf(ShardRouting.shardOfUser(user.value()))];
    }
}
