package io.ordercenter.async.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.VersionType;
import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.it.Tokens;
import io.ordercenter.async.search.infrastructure.es.SearchDocuments;
import io.ordercenter.async.support.Events;
import io.ordercenter.async.support.Rows;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderEventType;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.SearchIndex;
import io.ordercenter.sharding.mybatis.CopyRepairMapper;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderSnapshots;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reconciliation finds the differences injected by hand into each copy (user copy, shop copy, search
 * index, cache entry), reports them through the admin API and as metrics, repairs them from the
 * order copy, and then reports none. The orders live in a window of their own, far from other tests'.
 */
class ReconciliationIT extends AsyncIT {

    private static final String PATH = "/api/v1/admin/reconciliation";

    @Autowired
    private CopyRepairMapper copies;

    @Autowired
    private SearchDocuments documents;

    private final String support = Tokens.mint("support-1", "SUPPORT");

    @Test
    void a_mismatch_injected_by_hand_is_found_and_after_a_repair_none_is_left() throws IOException {
        Instant from = Instant.parse("2032-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(0, 300_000_000L));
        List<OrderWithItems> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long userId = randomUserId();
            OrderWithItems order = Rows.placed(newOrderId(userId), userId, randomUserId(), from.plusSeconds(i));
            transactions().executeWithoutResult(status -> {
                orders.insert(order);
                userOrders.insert(order.order());
            });
            publish(List.of(Events.event(snapshot(order), OrderEventType.ORDER_PLACED, null, Map.of())));
            placed.add(order);
        }
        Poll.until(WAIT, "the shop copies and documents are projected", () -> placed.stream()
                .allMatch(o -> shopOrders.select(o.order().shopId(), o.order().orderId()) != null
                        && searchDocument(id(o)).isPresent()));
        String window = "{\"from\":\"" + from + "\",\"to\":\"" + from.plusSeconds(3600) + "\"}";

        Map<String, Object> clean = run(window);
        assertThat(clean).containsEntry("checked", 3).containsEntry("mismatchCount", 0);

        OrderWithItems a = placed.get(0);
        OrderWithItems b = placed.get(1);
        OrderWithItems c = placed.get(2);
        copies.repairShopCopy(
                a.order().toBuilder().status(OrderStatus.CANCELLED).build());
        copies.repairUserCopy(b.order().toBuilder().payableCents(1).build());
        OrderSnapshot wrongStatus = OrderSnapshots.of(
                c.order().toBuilder().status(OrderStatus.COMPLETED).build(), c.items());
        elasticsearch.index(i -> i.index(SearchIndex.ALIAS)
                .id(id(c))
                .version(1L)
                .versionType(VersionType.ExternalGte)
                .document(documents.of(wrongStatus)));
        redis.sync()
                .set(
                        CacheKeys.order(id(a)),
                        codec.mapper()
                                .writeValueAsString(OrderSnapshots.of(
                                        a.order().toBuilder()
                                                .status(OrderStatus.PAID)
                                                .build(),
                                        a.items())));

        Map<String, Object> found = run(window);
        assertThat(found).containsEntry("checked", 3).containsEntry("mismatchCount", 4);
        assertThat(mismatches(found))
                .containsExactlyInAnyOrder(
                        id(a) + " SHOP status CREATED CANCELLED",
                        id(b) + " USER payableCents 2800 1",
                        id(c) + " SEARCH status CREATED COMPLETED",
                        id(a) + " CACHE status CREATED PAID");
        assertThat(gauge("ordercenter.reconciliation.mismatches", "copy", "SHOP"))
                .isEqualTo(1);
        assertThat(gauge("ordercenter.reconciliation.checked")).isEqualTo(3);

        Map<String, Object> repaired = run(window.replace("}", ",\"repair\":true}"));
        assertThat(repaired).containsEntry("mismatchCount", 4).containsEntry("repaired", 4);

        Map<String, Object> after = run(window);
        assertThat(after).containsEntry("checked", 3).containsEntry("mismatchCount", 0);
        assertThat(gauge("ordercenter.reconciliation.mismatches", "copy", "SHOP"))
                .isZero();
        OrderRow shop = shopOrders.select(a.order().shopId(), a.order().orderId());
        assertThat(shop.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(redis.sync().exists(CacheKeys.order(id(a)))).isZero();

        HttpResponse<String> last = http("GET", PATH, support, null);
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(json(last.body())).containsEntry("runId", after.get("runId"));
    }

    @Test
    void only_support_staff_may_run_or_read_reconciliations() {
        HttpResponse<String> anonymous = http("POST", PATH, null, "{}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(anonymous.body())).containsEntry("code", "UNAUTHENTICATED");

        HttpResponse<String> user = http("GET", PATH, Tokens.mint("11", "USER"), null);
        assertThat(user.statusCode()).isEqualTo(403);
        assertThat(json(user.body())).containsEntry("code", "FORBIDDEN");

        HttpResponse<String> backwards =
                http("POST", PATH, support, "{\"from\":\"2032-01-02T00:00:00Z\",\"to\":\"2032-01-01T00:00:00Z\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json(backwards.body())).containsEntry("code", "VALIDATION_FAILED");

        assertThat(http("GET", "/actuator/prometheus", null, null).body())
                .contains("ordercenter_async_consumer_lag")
                .contains("ordercenter_async_event_lag");
        assertThat(http("GET", "/actuator/env", null, null).statusCode()).isIn(401, 403, 404);
    }

    private Map<String, Object> run(String body) {
        HttpResponse<String> response = http("POST", PATH, support, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    @SuppressWarnings("unchecked")
    private static List<String> mismatches(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("mismatches"))
                .stream()
                        .map(m -> m.get("orderId") + " " + m.get("copy") + " " + m.get("field") + " "
                                + m.get("expected") + " " + m.get("actual"))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String body) {
        return codec.mapper().readValue(body, Map.class);
    }

    private static String id(OrderWithItems order) {
        return Long.toString(order.order().orderId());
    }

    private static OrderSnapshot snapshot(OrderWithItems order) {
        return OrderSnapshots.of(order.order(), order.items());
    }
}
