package io.ordercenter.query.order.application;

import io.ordercenter.contracts.OrderSnapshot;
import java.util.Objects;

/**
 * The read cache of orders by id: whole orders (unmasked) with a time to live, plus short-lived
 * markers for ids known not to exist. Entries are also invalidated from the order events by
 * order-async. Every method may throw {@link io.ordercenter.contracts.failure.Transient} when the
 * cache is slow or down.
 */
public interface OrderCache {

    /** What the cache knows about one order id, in one round trip. */
    Lookup lookup(long orderId);

    /** Caches an order unless a newer version of it is cached already. */
    void put(OrderSnapshot order);

    /** Remembers for a short while that no order has this id. */
    void putMissing(long orderId);

    /** A cache answer: {@code HIT} with the order, {@code MISSING} (known not to exist) or {@code MISS}. */
    record Lookup(Outcome outcome, OrderSnapshot order) {

        public static final Lookup MISS = new Lookup(Outcome.MISS, null);
        public static final Lookup MISSING = new Lookup(Outcome.MISSING, null);

        public Lookup {
            Objects.requireNonNull(outcome, "outcome");
            if ((outcome == Outcome.HIT) != (order != null)) {
                throw new IllegalArgumentException("a HIT, and only a HIT, carries the order");
            }
        }

        public static Lookup hit(OrderSnapshot order) {
            return new Lookup(Outcome.HIT, order);
        }
    }

    enum Outcome {
        HIT,
        MISSING,
        MISS
    }
}
