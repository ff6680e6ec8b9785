package io.ordercenter.sharding.algorithm;

import io.ordercenter.sharding.routing.ShardRouting;

/** {@code OC_SHOP_HASH}: shards {@code t_order_shop} by {@code shop_id} ({@link ShardRouting#shardOfShop(long)}). */
public final class ShopHashShardingAlgorithm extends ShardKeyAlgorithm {

    public static final String TYPE = "OC_SHOP_HASH";

    @Override
    protected int tableIndexOf(long shopId) {
        return ShardRouting.shardOfShop(shopId);
    }

    @Override
    public String getType() {
        return TYPE;
    }
}
