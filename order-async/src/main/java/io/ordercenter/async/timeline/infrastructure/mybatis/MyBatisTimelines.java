package io.ordercenter.async.timeline.infrastructure.mybatis;

import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import io.ordercenter.sharding.mybatis.TimelineRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code t_order_timeline} through ShardingSphere ({@code INSERT IGNORE}), behind the database guard. */
public final class MyBatisTimelines implements Timelines {

    private final TimelineMapper timeline;
    private final DependencyGuard database;

    public MyBatisTimelines(TimelineMapper timeline, DependencyGuard database) {
        this.timeline = timeline;
        this.database = database;
    }

    @Override
    public void add(TimelineEntry entry) {
        TimelineRow row = row(entry);
        database.call(() -> timeline.insert(row));
    }

    @Override
    public void addAll(List<TimelineEntry> entries) {
        List<CompletableFuture<Integer>> inserts = new ArrayList<>(entries.size());
        for (TimelineEntry entry : entries) {
            TimelineRow row = row(entry);
            inserts.add(database.callAsync(() -> timeline.insert(row)));
        }
        try {
            CompletableFuture.allOf(inserts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static TimelineRow row(TimelineEntry entry) {
        return TimelineRow.of(
                entry.orderId(),
                entry.at(),
                entry.service(),
                entry.kind(),
                entry.detail(),
                entry.traceId(),
                entry.version());
    }
}
