package io.ordercenter.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import io.ordercenter.sharding.mybatis.TimelineKinds;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import io.ordercenter.sharding.mybatis.TimelineRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/orders/{orderId}/timeline}: entries written by the services, read for support. */
class TimelineIT extends QueryIT {

    @Autowired
    private TimelineMapper timelines;

    private final long userId = TestData.freshId();
    private final long shopId = TestData.freshId();

    @Test
    void support_sees_every_state_change_and_side_effect_in_order() {
        OrderSnapshot order = data.place(userId, shopId, Instant.now().minusSeconds(60));
        long id = Long.parseLong(order.orderId());
        Instant t0 = order.createdAt();
        // written out of order, as services do
        timelines.insert(
                TimelineRow.of(id, t0.plusMillis(900), "order-async", TimelineKinds.PUSH_SENT, "paid", "t-2", 2L));
        timelines.insert(TimelineRow.of(id, t0, "order-trade", TimelineKinds.STATE_CHANGED, "-> CREATED", "t-1", 1L));
        timelines.insert(TimelineRow.of(
                id, t0.plusMillis(500), "order-trade", TimelineKinds.STATE_CHANGED, "CREATED -> PAID", "t-2", 2L));
        timelines.insert(TimelineRow.of(id, t0.plusMillis(700), "order-async", TimelineKinds.INDEXED, null, null, 2L));
        timelines.insert(TimelineRow.of(
                id, t0.plusMillis(800), "order-async", TimelineKinds.REFUND_ATTEMPT, "channel timeout", "t-3", null));

        Api.Response response = api.get("/api/v1/orders/" + order.orderId() + "/timeline", Tokens.support());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.path("orderId").asString()).isEqualTo(order.orderId());
        JsonNode entries = body.path("entries");
        assertThat(entries)
                .extracting(e -> e.path("kind").asString())
                .containsExactly("STATE_CHANGED", "STATE_CHANGED", "INDEXED", "REFUND_ATTEMPT", "PUSH_SENT");
        JsonNode paid = entries.get(1);
        assertThat(Instant.parse(paid.path("at").asString())).isEqualTo(t0.plusMillis(500));
        assertThat(paid.path("service").asString()).isEqualTo("order-trade");
        assertThat(paid.path("detail").asString()).isEqualTo("CREATED -> PAID");
        assertThat(paid.path("traceId").asString()).isEqualTo("t-2");
        assertThat(paid.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void an_order_without_entries_has_an_empty_timeline_and_an_unknown_order_is_404() {
        OrderSnapshot order = data.place(userId, shopId, Instant.now());
        JsonNode empty = api.get("/api/v1/orders/" + order.orderId() + "/timeline", Tokens.support())
                .body();
        assertThat(empty.path("entries")).isEmpty();
        Api.Response unknown =
                api.get("/api/v1/orders/" + (Long.parseLong(order.orderId()) + 128) + "/timeline", Tokens.support());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void only_support_reads_timelines_not_even_the_owner() {
        OrderSnapshot order = data.place(userId, shopId, Instant.now());
        for (String refused : List.of(
                Tokens.user(userId), Tokens.merchant(TestData.freshId(), shopId), Tokens.rider(TestData.freshId()))) {
            Api.Response response = api.get("/api/v1/orders/" + order.orderId() + "/timeline", refused);
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.code()).isEqualTo("FORBIDDEN");
        }
    }
}
