package io.ordercenter.query.stats.application;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;

/** A user's stats: for that user and support. */
public final class StatsQueries {

    private final Statistics statistics;

    public StatsQueries(Statistics statistics) {
        this.statistics = statistics;
    }

    public UserStats ofUser(Caller caller, long userId) {
        if (!caller.mayActForUser(Long.toString(userId))) {
            throw new NonTransient(ErrorCode.FORBIDDEN, "This caller may not read the stats of user " + userId + ".");
        }
        return statistics.ofUser(userId);
    }
}
