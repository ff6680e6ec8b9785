package io.ordercenter.sharding.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** {@code t_order_timeline}: what happened to each order, sharded by {@code order_id} like {@code t_order}. */
public interface TimelineMapper {

    /**
     * Adds an entry unless one with the same (order, kind, version, service) exists ({@code INSERT
     * IGNORE}; entries without a version are always added).
     *
     * @return 1 if added, 0 if it existed
     */
    int insert(@Param("row") TimelineRow row);

    /** Every entry of one order, oldest first ({@code at}, then insertion order). */
    List<TimelineRow> selectByOrderId(@Param("orderId") long orderId);
}
