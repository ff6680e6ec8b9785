package io.ordercenter.sharding.schema;

import java.util.List;

/** Names of the logical tables. */
public final class Tables {

    /** Orders by {@code order_id} (source of truth), 100 tables. */
    public static final String ORDER = "t_order";

    /** Order lines, bound to {@link #ORDER}, 100 tables. */
    public static final String ORDER_ITEM = "t_order_item";

    /** Copy of each order by {@code user_id}, 100 tables. */
    public static final String ORDER_USER = "t_order_user";

    /** Copy of each order by {@code shop_id}, 100 tables. */
    public static final String ORDER_SHOP = "t_order_shop";

    /** Client Idempotency-Key records by {@code user_id}, 100 tables. */
    public static final String IDEMPOTENCY = "t_idempotency";

    /** Events waiting to be relayed; one table per database. */
    public static final String OUTBOX = "t_outbox";

    /** What happened to each order and when (state changes and side effects), by {@code order_id}, 100 tables. */
    public static final String ORDER_TIMELINE = "t_order_timeline";

    /** Durable delayed work (unpaid timeouts, reservation sweeps, refund retries); one table per database. */
    public static final String DELAY_TASK = "t_delay_task";

    /** Worker-id leases; one table, in {@code ds_0} only. */
    public static final String WORKER_LEASE = "t_worker_lease";

    /** Applied schema versions; one per database. */
    public static final String SCHEMA_VERSION = "t_schema_version";

    /** The logical tables that have 100 physical tables. */
    public static final List<String> SHARDED =
            List.of(ORDER, ORDER_ITEM, ORDER_USER, ORDER_SHOP, IDEMPOTENCY, ORDER_TIMELINE);

    private Tables() {}
}
