package io.ordercenter.async.reconciliation.domain;

/** The copies of an order that are checked against the order copy (the source of truth). */
public enum Copy {
    /** {@code t_order_user}, written with the order in one transaction. */
    USER,
    /** {@code t_order_shop}, projected from events. */
    SHOP,
    /** The search index, projected from events. */
    SEARCH,
    /** The order-detail cache entry, if there is one (absence is fine). */
    CACHE
}
