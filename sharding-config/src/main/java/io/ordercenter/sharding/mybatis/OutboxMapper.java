package io.ordercenter.sharding.mybatis;

import org.apache.ibatis.annotations.Param;

/**
 * Writes {@code t_outbox} through ShardingSphere: the row goes to the outbox of its order's database,
 * inside the transaction of the state change. Reading and marking rows is per database: see {@link
 * OutboxRelayStore}.
 */
public interface OutboxMapper {

    int insert(@Param("row") OutboxRow row);
}
