package io.ordercenter.async.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.sharding.mybatis.OrderRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch stopped mid-stream: the search concern pauses (the others keep going) and, once the
 * server is back, resumes where it left off: the index ends complete, nothing skipped.
 */
class SearchIndexOutageIT extends AsyncIT {

    @Test
    void the_index_is_complete_after_elasticsearch_comes_back() {
        Instant now = Instant.now();
        Map<String, List<OrderEvent>> orders = new LinkedHashMap<>();
        Map<String, Long> shops = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            long userId = randomUserId();
            long shopId = randomUserId();
            String id = Long.toString(newOrderId(userId));
            orders.put(id, Events.lifecycle(id, Long.toString(userId), Long.toString(shopId), now));
            shops.put(id, shopId);
        }
        List<String> ids = new ArrayList<>(orders.keySet());
        List<String> before = ids.subList(0, 4);
        List<String> during = ids.subList(4, 8);

        before.forEach(id -> publish(orders.get(id).subList(0, 1)));
        Poll.until(WAIT, "the first orders are indexed", () -> before.stream().allMatch(id -> version(id) == 1));

        double retriedBefore = counter("ordercenter.async.events", "concern", "search", "outcome", "retried");
        TestStack.stop(TestStack.Server.ELASTICSEARCH);
        try {
            before.forEach(id -> publish(orders.get(id).subList(1, 3)));
            during.forEach(id -> publish(orders.get(id).subList(0, 2)));

            Poll.until(
                    WAIT,
                    "the search concern is waiting for Elasticsearch",
                    () -> counter("ordercenter.async.events", "concern", "search", "outcome", "retried")
                            > retriedBefore);
            Poll.until(WAIT, "the shop copies moved on meanwhile", () -> during.stream()
                    .allMatch(id -> shopVersion(shops.get(id), id) == 2));
        } finally {
            TestStack.start(TestStack.Server.ELASTICSEARCH);
        }

        Poll.until(
                WAIT.plus(Duration.ofSeconds(30)),
                "every order is indexed at its newest version",
                () -> before.stream().allMatch(id -> version(id) == 3)
                        && during.stream().allMatch(id -> version(id) == 2));
        assertThat(searchDocument(before.get(0)).orElseThrow()).containsEntry("status", "ACCEPTED");
        assertThat(searchDocument(during.get(0)).orElseThrow()).containsEntry("status", "PAID");
    }

    private long version(String orderId) {
        try {
            return searchDocument(orderId)
                    .map(doc -> ((Number) doc.get("version")).longValue())
                    .orElse(0L);
        } catch (RuntimeException elasticsearchDown) {
            return -1;
        }
    }

    private long shopVersion(long shopId, String orderId) {
        OrderRow row = shopOrders.select(shopId, Long.parseLong(orderId));
        return row == null ? 0 : row.version();
    }
}
