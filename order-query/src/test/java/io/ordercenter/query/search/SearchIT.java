package io.ordercenter.query.search;

import static io.ordercenter.query.it.Api.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/search/orders}: phone-prefix search for support over the real Elasticsearch index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT extends QueryIT {

    private static final Comparator<OrderSnapshot> NEWEST_FIRST = Comparator.comparing(OrderSnapshot::createdAt)
            .thenComparing(OrderSnapshot::orderId)
            .reversed();

    private final String prefix = TestData.freshPhonePrefix();
    private final long shop = TestData.freshId();
    private final long otherShop = TestData.freshId();
    private final Instant base = Instant.parse("2026-07-01T11:00:00Z");
    private final List<OrderSnapshot> matching = new ArrayList<>();

    @BeforeAll
    void index_orders_of_customers_whose_phones_share_a_prefix() {
        List<OrderSnapshot> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            String phone = prefix + String.format("%03d", n);
            OrderStatus status = n % 3 == 0 ? OrderStatus.COMPLETED : OrderStatus.PAID;
            // pairs share a creation time, so the tie-breaker matters
            OrderSnapshot order = data.place(
                    TestData.freshId(), n % 2 == 0 ? shop : otherShop, base.plusSeconds(60L * (n / 2)), b -> b.phone(
                                    phone)
                            .status(status));
            all.add(order);
            matching.add(order);
        }
        // the same shop, a phone outside the prefix
        all.add(data.place(TestData.freshId(), shop, base, b -> b.phone("19900000000")));
        data.index(all);
        matching.sort(NEWEST_FIRST);
    }

    @Test
    void support_finds_every_order_of_the_prefix_once_newest_first_page_by_page() {
        List<JsonNode> found = searchAll(7, "phonePrefix", prefix);
        assertThat(ids(found)).isEqualTo(ids(matching));
        assertThat(found.get(0).path("address").path("phone").asString()).startsWith(prefix);
    }

    @Test
    void a_hit_is_the_order_object_with_the_full_phone() {
        OrderSnapshot newest = matching.get(0);
        JsonNode hit = api.get(
                        path(
                                "/api/v1/search/orders",
                                "phonePrefix",
                                newest.address().phone()),
                        Tokens.support())
                .body()
                .path("items")
                .get(0);
        JsonNode byId =
                api.get("/api/v1/orders/" + newest.orderId(), Tokens.support()).body();
        assertThat(hit).isEqualTo(byId);
    }

    @Test
    void shop_status_and_time_filters_narrow_the_search() {
        assertThat(ids(searchAll(5, "phonePrefix", prefix, "shopId", shop)))
                .isEqualTo(ids(filtered(o -> o.shopId().equals(Long.toString(shop)))));
        assertThat(ids(searchAll(5, "phonePrefix", prefix, "status", "COMPLETED")))
                .hasSize(10)
                .isEqualTo(ids(filtered(o -> o.status() == OrderStatus.COMPLETED)));
        Instant from = base.plusSeconds(60L * 3);
        Instant to = base.plusSeconds(60L * 9);
        assertThat(ids(searchAll(4, "phonePrefix", prefix, "from", from, "to", to)))
                .hasSize(12)
                .isEqualTo(ids(filtered(
                        o -> !o.createdAt().isBefore(from) && o.createdAt().isBefore(to))));
        // three digits reach everybody's orders; the shop filter keeps this test's
        assertThat(ids(searchAll(20, "phonePrefix", prefix.substring(0, 3), "shopId", otherShop)))
                .isEqualTo(ids(filtered(o -> o.shopId().equals(Long.toString(otherShop)))));
    }

    @Test
    void only_support_may_search() {
        String search = path("/api/v1/search/orders", "phonePrefix", prefix);
        for (String refused : List.of(
                Tokens.user(TestData.freshId()),
                Tokens.merchant(TestData.freshId(), shop),
                Tokens.rider(TestData.freshId()),
                Tokens.noRoles(TestData.freshId()))) {
            Api.Response response = api.get(search, refused);
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get(search, null).status()).isEqualTo(401);
    }

    @Test
    void the_prefix_must_be_3_to_11_digits() {
        for (String bad : new String[] {null, "", "13", "138123411112", "13a8", "+86138"}) {
            Api.Response response = api.get(path("/api/v1/search/orders", "phonePrefix", bad), Tokens.support());
            assertThat(response.status()).as(bad + " → " + response).isEqualTo(400);
            assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.body().path("detail").asString()).startsWith("phonePrefix:");
        }
        Api.Response badShop =
                api.get(path("/api/v1/search/orders", "phonePrefix", prefix, "shopId", "x"), Tokens.support());
        assertThat(badShop.body().path("detail").asString()).startsWith("shopId:");
        Api.Response badLimit =
                api.get(path("/api/v1/search/orders", "phonePrefix", prefix, "limit", 500), Tokens.support());
        assertThat(badLimit.body().path("detail").asString()).startsWith("limit:");
    }

    @Test
    void a_cursor_continues_only_its_own_search() {
        String cursor = api.get(path("/api/v1/search/orders", "phonePrefix", prefix, "limit", 3), Tokens.support())
                .body()
                .path("nextCursor")
                .asString();
        Api.Response otherSearch = api.get(
                path("/api/v1/search/orders", "phonePrefix", prefix, "shopId", shop, "cursor", cursor),
                Tokens.support());
        assertThat(otherSearch.status()).isEqualTo(400);
        assertThat(otherSearch.body().path("detail").asString()).startsWith("cursor:");
        Api.Response forged = api.get(
                path("/api/v1/search/orders", "phonePrefix", prefix, "cursor", cursor.substring(1)), Tokens.support());
        assertThat(forged.status()).isEqualTo(400);
    }

    private List<OrderSnapshot> filtered(Predicate<OrderSnapshot> filter) {
        return matching.stream().filter(filter).toList();
    }

    private List<JsonNode> searchAll(int limit, Object... params) {
        List<JsonNode> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            List<Object> query = new ArrayList<>(List.of(params));
            query.addAll(List.of("limit", limit));
            if (cursor != null) {
                query.addAll(List.of("cursor", cursor));
            }
            Api.Response response = api.get(path("/api/v1/search/orders", query.toArray()), Tokens.support());
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            for (JsonNode order : response.body().path("items")) {
                assertThat(seen.add(order.path("orderId").asString())).isTrue();
                all.add(order);
            }
            JsonNode next = response.body().path("nextCursor");
            cursor = next.isNull() ? null : next.asString();
            assertThat(++pages).isLessThan(100);
        } while (cursor != null);
        return all;
    }

    private static List<String> ids(List<?> orders) {
        return orders.stream()
                .map(o -> o instanceof OrderSnapshot s
                        ? s.orderId()
                        : ((JsonNode) o).path("orderId").asString())
                .toList();
    }
}
