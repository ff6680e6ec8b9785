package io.ordercenter.query.timeline.infrastructure.mybatis;

import io.ordercenter.query.platform.resilience.DependencyGuard;
import io.ordercenter.query.timeline.application.TimelineEntry;
import io.ordercenter.query.timeline.application.Timelines;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import io.ordercenter.sharding.mybatis.TimelineRow;
import io.ordercenter.sharding.routing.ShardRouting;
import java.util.List;

/** {@link Timelines} from one routed statement on the order's timeline table, through a database guard. */
public final class MyBatisTimelines implements Timelines {

    private final TimelineMapper mapper;
    private final DependencyGuard guard;

    public MyBatisTimelines(TimelineMapper mapper, DependencyGuard guard) {
        this.mapper = mapper;
        this.guard = guard;
    }

    @Override
    public List<TimelineEntry> ofOrder(long orderId) {
        if (!ShardRouting.isOrderId(orderId)) {
            return List.of(); // names no order
        }
        return guard.call(() -> mapper.selectByOrderId(orderId).stream()
                .map(MyBatisTimelines::toEntry)
                .toList());
    }

    private static TimelineEntry toEntry(TimelineRow row) {
        return new TimelineEntry(row.at(), row.service(), row.kind(), row.detail(), row.traceId(), row.version());
    }
}
