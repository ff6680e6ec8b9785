package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.UserId;
import java.util.Objects;

/**
 * A client's {@code Idempotency-Key} for placing an order, with the hash of the request it guards:
 * the same key and hash is a retry, the same key with another hash is a misuse.
 */
public record PlacementKey(UserId userId, String key, String requestHash) {

    public PlacementKey {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestHash, "requestHash");
    }
}
