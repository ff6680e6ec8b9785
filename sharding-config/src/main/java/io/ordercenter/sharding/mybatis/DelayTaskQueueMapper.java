package io.ordercenter.sharding.mybatis;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * A worker's view of one database's {@code t_delay_task}, run on that database's plain data source.
 * Used by {@link DelayTaskStore}; not for ShardingSphere, whose audit refuses queries without {@code
 * order_id}.
 */
public interface DelayTaskQueueMapper {

    /** Due pending tasks, earliest first, locked; rows other workers hold are skipped. Run in a transaction. */
    List<DelayTaskRow> selectDueForUpdate(@Param("now") Instant now, @Param("limit") int limit);

    /** Leases locked tasks: due at {@code leaseUntil}, one more attempt. */
    int lease(@Param("ids") List<Long> ids, @Param("leaseUntil") Instant leaseUntil, @Param("now") Instant now);

    int markDone(@Param("id") long id, @Param("attempts") int attempts, @Param("now") Instant now);

    int reschedule(
            @Param("id") long id,
            @Param("attempts") int attempts,
            @Param("dueAt") Instant dueAt,
            @Param("error") String error,
            @Param("now") Instant now);

    int markDead(
            @Param("id") long id,
            @Param("attempts") int attempts,
            @Param("error") String error,
            @Param("now") Instant now);

    DelayTaskRow selectById(@Param("id") long id);

    long countPending(@Param("kind") DelayTaskKind kind, @Param("minAttempts") int minAttempts);

    int purgeDone(@Param("before") Instant before, @Param("limit") int limit);
}
