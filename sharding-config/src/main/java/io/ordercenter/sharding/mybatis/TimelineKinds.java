package io.ordercenter.sharding.mybatis;

/** The kinds of timeline entry ({@code t_order_timeline.kind}); an open set, these are the ones written today. */
public final class TimelineKinds {

    /** The order moved (one per event, written for order-trade from the event itself). */
    public static final String STATE_CHANGED = "STATE_CHANGED";

    public static final String PUSH_SENT = "PUSH_SENT";
    public static final String INDEXED = "INDEXED";
    public static final String SHOP_COPY_UPDATED = "SHOP_COPY_UPDATED";
    public static final String CACHE_EVICTED = "CACHE_EVICTED";
    public static final String STATS_APPLIED = "STATS_APPLIED";
    public static final String RED_ENVELOPE_GRANTED = "RED_ENVELOPE_GRANTED";
    public static final String TIMEOUT_CANCELLED = "TIMEOUT_CANCELLED";
    public static final String RESERVATIONS_SETTLED = "RESERVATIONS_SETTLED";
    public static final String REFUND_ATTEMPT = "REFUND_ATTEMPT";
    public static final String REFUND_SUCCEEDED = "REFUND_SUCCEEDED";
    public static final String RECONCILIATION_REPAIRED = "RECONCILIATION_REPAIRED";

    private TimelineKinds() {}
}
