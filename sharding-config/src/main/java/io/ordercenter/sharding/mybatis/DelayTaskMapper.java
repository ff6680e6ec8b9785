package io.ordercenter.sharding.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Writes {@code t_delay_task} through ShardingSphere: the row goes to the delay-task table of its
 * order's database, so a service can insert it in the same local transaction as the order. Claiming
 * and finishing tasks is per database: see {@link DelayTaskStore}.
 */
public interface DelayTaskMapper {

    /**
     * Inserts the task unless one with the same (kind, order id, ref) exists ({@code INSERT IGNORE}).
     *
     * @return 1 if this call created it, 0 if it existed
     */
    int insert(@Param("row") DelayTaskRow row);

    /** Every task of one order, oldest first. */
    List<DelayTaskRow> selectByOrderId(@Param("orderId") long orderId);
}
