package io.ordercenter.query.stats.application;

/** The precomputed statistics, kept up to date from the order events by order-async. */
public interface Statistics {

    /**
     * The figures of one user ({@link UserStats#NONE} if none were recorded).
     *
     * @throws io.ordercenter.contracts.failure.Transient if the store is slow or down
     */
    UserStats ofUser(long userId);
}
