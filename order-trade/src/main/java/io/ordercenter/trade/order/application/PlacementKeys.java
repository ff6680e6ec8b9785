package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.OrderId;
import java.util.Optional;

/** Durable idempotency records of order placement, stored with the user's shard. */
public interface PlacementKeys {

    /** What a key records so far. */
    sealed interface Record {
        String requestHash();
    }

    /** Someone is placing the order for this key right now (or crashed while doing so). */
    record Pending(String requestHash, java.time.Instant since) implements Record {}

    /** The key placed this order. */
    record Completed(String requestHash, OrderId orderId) implements Record {}

    /** The last attempt with this key failed; a retry may try again. */
    record Failed(String requestHash) implements Record {}

    /** Claims the key for a new attempt; false if a record for it exists already. */
    boolean claim(PlacementKey key);

    Optional<Record> find(PlacementKey key);

    /** Takes over a failed or stale pending record for a new attempt; false if someone else did. */
    boolean retake(PlacementKey key, Record seen);

    /** Marks the attempt failed so that a retry with the same key runs again. */
    void fail(PlacementKey key);
}
