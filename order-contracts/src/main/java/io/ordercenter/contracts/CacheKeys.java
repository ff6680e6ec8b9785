package io.ordercenter.contracts;

/**
 * Redis keys shared by the read side (which fills them), order-trade and order-async (which evict
 * or update them): the one definition of their format.
 *
 * <p>On a Redis Cluster every key of one script or multi-key command must hash to one slot. So a
 * main key (an order's cache entry, a user's stats hash) keeps a plain name, and each key that goes
 * with it (floor, missing marker, applied markers) carries the whole main key as its hash tag:
 * {@code {oc:order:42}:floor} hashes the tag {@code oc:order:42}, which is exactly what the untagged
 * key {@code oc:order:42} hashes. Main keys must therefore never contain braces.
 */
public final class CacheKeys {

    private CacheKeys() {}

    /** The cached order object (JSON of {@link OrderSnapshot}, unmasked), with a TTL. */
    public static String order(String orderId) {
        return "oc:order:" + orderId;
    }

    /** A short-lived marker that an order id does not exist (negative cache); in the slot of {@link #order}. */
    public static String missingOrder(String orderId) {
        return companion(order(orderId), "missing");
    }

    /**
     * The newest version of an order whose cache entry was evicted after a state change (an integer,
     * with a TTL), in the slot of {@link #order}. A reader that loaded an older version from the
     * database must not cache it: the load raced a state change whose eviction already ran, and
     * caching it would serve the old state until the entry expires. Nor may a reader cache "missing"
     * for an order that has a floor.
     */
    public static String orderFloor(String orderId) {
        return companion(order(orderId), "floor");
    }

    /**
     * The precomputed stats of one user: a hash with fields orderCount, completedCount,
     * cancelledCount, deliveryFeeWaivedCents, spentCents. No TTL.
     */
    public static String userStats(String userId) {
        return "oc:stats:user:" + userId;
    }

    /** The marker that (order, version) was applied to the user's stats; in the slot of {@link #userStats}. */
    public static String statsApplied(String userId, String orderId, long version) {
        return companion(userStats(userId), "applied:" + orderId + ":" + version);
    }

    private static String companion(String mainKey, String suffix) {
        return "{" + mainKey + "}:" + suffix;
    }
}
