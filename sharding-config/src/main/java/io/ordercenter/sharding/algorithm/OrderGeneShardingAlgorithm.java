package io.ordercenter.sharding.algorithm;

import io.ordercenter.sharding.routing.ShardRouting;

/**
 * {@code OC_ORDER_GENE}: shards {@code t_order} and {@code t_order_item} by {@code order_id}, using
 * the shard gene embedded in the id ({@link ShardRouting#shardOfOrder(long)}).
 */
public final class OrderGeneShardingAlgorithm extends ShardKeyAlgorithm {

    public static final String TYPE = "OC_ORDER_GENE";

    @Override
    protected int tableIndexOf(long orderId) {
        return ShardRouting.shardOfOrder(orderId);
    }

    @Override
    public String getType() {
        return TYPE;
    }
}
