package io.ordercenter.trade.outbox.infrastructure;

import io.ordercenter.sharding.mybatis.OutboxRelayStore;
import io.ordercenter.sharding.mybatis.OutboxRow;
import java.time.Instant;
import java.util.List;

/** The outbox rows the relay reads and marks, per physical database (0..3). */
interface OutboxRows {

    /** Up to {@code limit} of the oldest unpublished rows of {@code database}, oldest first. */
    List<OutboxRow> unpublished(int database, int limit);

    void markPublished(int database, List<Long> ids, Instant publishedAt);

    static OutboxRows of(OutboxRelayStore store) {
        return new OutboxRows() {
            @Override
            public List<OutboxRow> unpublished(int database, int limit) {
                return store.unpublished(database, limit);
            }

            @Override
            public void markPublished(int database, List<Long> ids, Instant publishedAt) {
                store.markPublished(database, ids, publishedAt);
            }
        };
    }
}
