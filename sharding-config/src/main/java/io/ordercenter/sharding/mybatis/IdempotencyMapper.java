package io.ordercenter.sharding.mybatis;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** {@code t_idempotency}: Idempotency-Key records, sharded by {@code user_id}. */
public interface IdempotencyMapper {

    /**
     * Records a key unless the user already used it.
     *
     * @return 1 if this call created the record (go ahead), 0 if the key existed (read it)
     */
    int insertIfAbsent(@Param("row") IdempotencyRow row);

    /** The record of a user's key, or {@code null}. */
    IdempotencyRow select(@Param("userId") long userId, @Param("idemKey") String idemKey);

    /**
     * Records the outcome of the request a key guards.
     *
     * @return 1 if the record was in {@code expectedStatus} and is now updated, else 0
     */
    int updateOutcome(
            @Param("userId") long userId,
            @Param("idemKey") String idemKey,
            @Param("expectedStatus") String expectedStatus,
            @Param("status") String status,
            @Param("orderId") Long orderId,
            @Param("updatedAt") Instant updatedAt);
}
