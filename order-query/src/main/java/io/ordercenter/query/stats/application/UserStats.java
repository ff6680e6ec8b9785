package io.ordercenter.query.stats.application;

/** A user's figures as the API shows them; all zero for a user with no orders yet. */
public record UserStats(
        long orderCount, long completedCount, long cancelledCount, long deliveryFeeWaivedCents, long spentCents) {

    public static final UserStats NONE = new UserStats(0, 0, 0, 0, 0);
}
