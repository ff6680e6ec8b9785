package io.ordercenter.async.stats.application;

import io.ordercenter.async.stats.domain.StatsDelta;

/** The precomputed figures of each user. */
public interface UserStatistics {

    /**
     * Applies {@code delta} to the user's figures unless it was applied for this (order, version)
     * before, in one atomic step.
     *
     * @return true if applied now, false if it had been applied already
     */
    boolean apply(String userId, String orderId, long version, StatsDelta delta);
}
