package io.ordercenter.sharding.mybatis;

import java.time.Instant;
import java.util.Objects;

/**
 * A client's {@code Idempotency-Key} record ({@code t_idempotency}, sharded by {@code user_id}).
 *
 * @param idemKey the key as sent, at most 128 characters, compared case-sensitively
 * @param requestHash hex SHA-256 of the request, to tell a retry from a reuse of the key
 * @param orderId the order the request created, once known
 * @param status the outcome so far, e.g. {@code PENDING}, {@code COMPLETED}, {@code FAILED}
 */
public record IdempotencyRow(
        long userId,
        String idemKey,
        String requestHash,
        Long orderId,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_KEY_LENGTH = 128;

    public IdempotencyRow {
        Objects.requireNonNull(idemKey, "idemKey");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (idemKey.isEmpty() || idemKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("Idempotency key must have 1.." + MAX_KEY_LENGTH + " characters");
        }
        if (!requestHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("requestHash must be 64 lower-case hex digits");
        }
        if (status.length() > 16) {
            throw new IllegalArgumentException("status longer than 16 characters");
        }
    }
}
