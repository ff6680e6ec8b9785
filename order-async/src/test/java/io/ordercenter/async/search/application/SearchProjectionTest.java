package io.ordercenter.async.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.event.application.BatchEventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.search.domain.IndexOutcome;
import io.ordercenter.async.support.Events;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchProjectionTest {

    private final List<List<OrderSnapshot>> written = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final Map<String, IndexOutcome> outcomes = new HashMap<>();

    private final SearchProjection projection = new SearchProjection(
            orders -> {
                written.add(orders);
                Map<String, IndexOutcome> result = new HashMap<>();
                orders.forEach(
                        o -> result.put(o.orderId(), outcomes.getOrDefault(o.orderId(), IndexOutcome.indexed())));
                return result;
            },
            new io.ordercenter.async.timeline.application.Timelines() {
                @Override
                public void add(TimelineEntry entry) {
                    timeline.add(entry);
                }
            },
            Clock.systemUTC());

    @Test
    void of_several_events_of_one_order_in_a_batch_only_the_newest_is_written() {
        List<OrderEvent> a = Events.lifecycle("1", "11", "22", Instant.now());
        List<OrderEvent> b = Events.lifecycle("2", "11", "22", Instant.now());

        List<BatchEventHandler.Rejected> rejected = projection.handle(
                List.of(received(a.get(2)), received(b.get(0)), received(a.get(0)), received(a.get(1))));

        assertThat(rejected).isEmpty();
        assertThat(written).singleElement().satisfies(batch -> assertThat(batch)
                .extracting(OrderSnapshot::orderId, OrderSnapshot::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", 3L), org.assertj.core.groups.Tuple.tuple("2", 1L)));
        assertThat(timeline).hasSize(4).allSatisfy(entry -> assertThat(entry.kind())
                .isEqualTo(TimelineEntry.INDEXED));
    }

    @Test
    void a_document_the_index_refuses_is_rejected_alone() {
        List<OrderEvent> a = Events.lifecycle("1", "11", "22", Instant.now());
        List<OrderEvent> b = Events.lifecycle("2", "11", "22", Instant.now());
        outcomes.put("2", IndexOutcome.rejected("strict_dynamic_mapping_exception"));
        ReceivedEvent poison = received(b.get(0));

        List<BatchEventHandler.Rejected> rejected = projection.handle(List.of(received(a.get(0)), poison));

        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.event())
                .isSameAs(poison));
    }

    private static ReceivedEvent received(OrderEvent event) {
        return new ReceivedEvent(event, (OrderSnapshot) event.payload().get("order"));
    }
}
