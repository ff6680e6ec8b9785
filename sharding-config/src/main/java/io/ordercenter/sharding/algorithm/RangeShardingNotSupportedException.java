package io.ordercenter.sharding.algorithm;

/**
 * A range condition ({@code <}, {@code >}, {@code BETWEEN}) on a sharding key: the hash and gene
 * routings cannot narrow a range, so it would silently fan out to every physical table. Query by
 * exact key values instead (or, for order time ranges, use the user/shop copies with their key).
 */
public class RangeShardingNotSupportedException extends UnsupportedOperationException {

    public RangeShardingNotSupportedException(String logicTable, String column) {
        super("Range condition on sharding key " + logicTable + "." + column
                + " is not supported: it would route to every shard; query by exact " + column + " values");
    }
}
