package io.ordercenter.async.stats.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** How one event changes a user's figures (each may be negative). */
public record StatsDelta(
        long orderCount, long completedCount, long cancelledCount, long deliveryFeeWaivedCents, long spentCents) {

    public static final StatsDelta NONE = new StatsDelta(0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return fields().isEmpty();
    }

    /** The non-zero changes by field name of the stats hash ({@code CacheKeys.userStats}). */
    public Map<String, Long> fields() {
        Map<String, Long> fields = new LinkedHashMap<>();
        put(fields, "orderCount", orderCount);
        put(fields, "completedCount", completedCount);
        put(fields, "cancelledCount", cancelledCount);
        put(fields, "deliveryFeeWaivedCents", deliveryFeeWaivedCents);
        put(fields, "spentCents", spentCents);
        return fields;
    }

    private static void put(Map<String, Long> fields, String name, long value) {
        if (value != 0) {
            fields.put(name, value);
        }
    }
}
