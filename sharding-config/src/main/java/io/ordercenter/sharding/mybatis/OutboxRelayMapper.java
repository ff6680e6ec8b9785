package io.ordercenter.sharding.mybatis;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The relay's view of one database's {@code t_outbox}, run on that database's plain data source (the
 * physical table is named {@code t_outbox} too). Not for ShardingSphere, whose audit refuses queries
 * without {@code order_id}.
 */
public interface OutboxRelayMapper {

    /** The oldest unpublished events, in insertion ({@code id}) order. */
    List<OutboxRow> selectUnpublished(@Param("limit") int limit);

    /** Marks events as published; returns how many were still unpublished. */
    int markPublished(@Param("ids") List<Long> ids, @Param("publishedAt") Instant publishedAt);
}
