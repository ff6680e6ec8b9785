package io.ordercenter.contracts;

/** Redis keys shared by the read side (which fills them) and the async side (which evicts or updates them). */
public final class CacheKeys {

    private CacheKeys() {}

    /** The cached order object (JSON of {@link OrderSnapshot}, unmasked), with a TTL. */
    public static String order(String orderId) {
        return "oc:order:" + orderId;
    }

    /** A short-lived marker that an order id does not exist (negative cache). */
    public static String missingOrder(String orderId) {
        return "oc:order:missing:" + orderId;
    }

    /**
     * The newest version of an order that order-async has evicted the cache for (an integer, with a
     * TTL). A reader that loaded an older version from the database must not cache it: the load
     * raced a state change whose eviction already ran, and caching it would serve the old state until
     * the entry expires. Nor may a reader cache "missing" for an order that has a floor.
     */
    public static String orderFloor(String orderId) {
        return "oc:order:floor:" + orderId;
    }

    /**
     * The precomputed stats of one user: a hash with fields orderCount, completedCount,
     * cancelledCount, deliveryFeeWaivedCents, spentCents. No TTL.
     */
    public static String userStats(String userId) {
        return "oc:stats:user:" + userId;
    }
}
