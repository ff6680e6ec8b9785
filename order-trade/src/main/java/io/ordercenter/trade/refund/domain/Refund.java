package io.ordercenter.trade.refund.domain;

import io.ordercenter.contracts.RefundStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One refund of an order's payment: requested for an amount, then succeeded once the channel confirms (it is retried
 * until then, so there is no failed state). Immutable; held by the order, which enforces the amount limits.
 *
 * @param succeededAt when the channel confirmed, or {@code null} while {@link RefundStatus#REQUESTED}
 */
public record Refund(
        RefundId id, long amountCents, String reason, RefundStatus status, Instant requestedAt, Instant succeededAt) {

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("refund amount must be positive: " + amountCents);
        }
        if ((status == RefundStatus.SUCCEEDED) != (succeededAt != null)) {
            throw new IllegalArgumentException("succeededAt is set exactly when the refund succeeded: " + status);
        }
    }

    public static Refund requested(RefundId id, long amountCents, String reason, Instant at) {
        return new Refund(id, amountCents, reason, RefundStatus.REQUESTED, at, null);
    }

    /** This refund, confirmed by the channel at {@code at}. */
    public Refund succeeded(Instant at) {
        if (status != RefundStatus.REQUESTED) {
            throw new IllegalStateException("refund " + id.value() + " already succeeded");
        }
        return new Refund(id, amountCents, reason, RefundStatus.SUCCEEDED, requestedAt, Objects.requireNonNull(at));
    }

    /** True while the channel has not confirmed this refund. */
    public boolean isOpen() {
        return status == RefundStatus.REQUESTED;
    }
}
