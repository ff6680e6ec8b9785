package io.ordercenter.sharding.algorithm;

import io.ordercenter.sharding.routing.ShardRouting;

/**
 * {@code OC_USER_HASH}: shards {@code t_order_user} and {@code t_idempotency} by {@code user_id}
 * ({@link ShardRouting#shardOfUser(long)}).
 */
public final class UserHashShardingAlgorithm extends ShardKeyAlgorithm {

    public static final String TYPE = "OC_USER_HASH";

    @Override
    protected int tableIndexOf(long userId) {
        return ShardRouting.shardOfUser(userId);
    }

    @Override
    public String getType() {
        return TYPE;
    }
}
