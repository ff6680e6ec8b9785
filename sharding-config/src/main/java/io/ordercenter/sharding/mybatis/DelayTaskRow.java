package io.ordercenter.sharding.mybatis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One durable delayed task ({@code t_delay_task}, one table per database, placed by {@code order_id}
 * so it commits in the order's own local transaction). At most one task exists per (kind, order id,
 * ref): inserting it again is a no-op.
 *
 * @param id database-assigned, {@code null} before insert
 * @param ref the task's own key within the order (e.g. the refund id), or {@code null}
 * @param dueAt when it should run; while a worker holds it, the end of that worker's lease
 * @param attempts how many times a worker claimed it; also the fencing token of the current claim
 * @param lastError why the last attempt failed, at most {@value #MAX_ERROR_LENGTH} characters
 */
public record DelayTaskRow(
        Long id,
        DelayTaskKind kind,
        long orderId,
        String ref,
        Instant dueAt,
        DelayTaskStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_REF_LENGTH = 64;
    public static final int MAX_ERROR_LENGTH = 500;

    /** The unpaid-order timeout when none is configured. */
    public static final Duration DEFAULT_UNPAID_TIMEOUT = Duration.ofMinutes(15);

    public DelayTaskRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (ref != null && (ref.isEmpty() || ref.length() > MAX_REF_LENGTH)) {
            throw new IllegalArgumentException("ref must have 1.." + MAX_REF_LENGTH + " characters or be null");
        }
        lastError = truncate(lastError);
    }

    /** A new task, due at {@code dueAt}. */
    public static DelayTaskRow pending(DelayTaskKind kind, long orderId, String ref, Instant dueAt, Instant now) {
        Instant created = now.truncatedTo(ChronoUnit.MILLIS);
        return new DelayTaskRow(
                null,
                kind,
                orderId,
                ref,
                dueAt.truncatedTo(ChronoUnit.MILLIS),
                DelayTaskStatus.PENDING,
                0,
                null,
                created,
                created);
    }

    /** Cancel the order at {@code createdAt + timeout} if it is still unpaid then. */
    public static DelayTaskRow unpaidTimeout(long orderId, Instant createdAt, Duration timeout, Instant now) {
        return pending(DelayTaskKind.UNPAID_TIMEOUT, orderId, null, createdAt.plus(timeout), now);
    }

    /** Settle the order's inventory and coupon reservations at {@code dueAt}. */
    public static DelayTaskRow reservationSweep(long orderId, Instant dueAt, Instant now) {
        return pending(DelayTaskKind.RESERVATION_SWEEP, orderId, null, dueAt, now);
    }

    /** Retry refund {@code refundId} with the channel from {@code dueAt} on until it succeeds. */
    public static DelayTaskRow refundRetry(long orderId, String refundId, Instant dueAt, Instant now) {
        return pending(DelayTaskKind.REFUND_RETRY, orderId, Objects.requireNonNull(refundId, "refundId"), dueAt, now);
    }

    /** {@code error} cut to {@value #MAX_ERROR_LENGTH} characters (null stays null). */
    public static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
