package io.ordercenter.async.projection.application;

import io.ordercenter.contracts.OrderSnapshot;
import java.time.Instant;

/** The merchants' copy of every order ({@code t_order_shop}), by shop. */
public interface ShopCopies {

    /**
     * Writes {@code order} as the shop copy unless the stored copy is at the same or a newer version:
     * a replayed or late event changes nothing.
     */
    void upsert(OrderSnapshot order, Instant changedAt);
}
