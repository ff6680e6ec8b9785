package io.ordercenter.sharding.mybatis;

import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Reads and marks the four outbox tables, one per database, on the plain data sources.
 *
 * <p>Events of one order are in one database (its gene's) and, because every state change is a
 * compare-and-set on the order row, they are inserted in version order; reading a database's outbox
 * in {@code id} order therefore keeps per-order order as long as one relay at a time works on a
 * database (e.g. each relay instance holds a {@code GET_LOCK} per database it polls).
 */
public final class OutboxRelayStore {

    private final List<OutboxRelayMapper> mappers;

    /** @param databases the plain data sources of {@code ds_0} .. {@code ds_3}, in order */
    public OutboxRelayStore(List<? extends DataSource> databases, Duration statementTimeout) {
        if (databases.size() != ShardRouting.DATABASES) {
            throw new IllegalArgumentException("Expected " + ShardRouting.DATABASES + " databases");
        }
        this.mappers = databases.stream()
                .map(db -> ShardingMyBatis.relay(db, statementTimeout).mapper(OutboxRelayMapper.class))
                .toList();
    }

    /** Up to {@code limit} of the oldest unpublished events of {@code database} (0..3). */
    public List<OutboxRow> unpublished(int database, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return mappers.get(Objects.checkIndex(database, ShardRouting.DATABASES)).selectUnpublished(limit);
    }

    /** Marks events of {@code database} as published; returns how many were still unpublished. */
    public int markPublished(int database, List<Long> ids, Instant publishedAt) {
        if (ids.isEmpty()) {
            return 0;
        }
        return mappers.get(Objects.checkIndex(database, ShardRouting.DATABASES)).markPublished(ids, publishedAt);
    }
}
