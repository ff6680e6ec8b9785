package io.ordercenter.query.order;

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
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/users/{userId}/orders} and {@code GET /api/v1/shops/{shopId}/orders}: keyset
 * pages over 1,000 orders of one user at one shop, filters, cursors, access rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListsIT extends QueryIT {

    private static final int ORDERS = 1_000;
    private static final Comparator<OrderSnapshot> NEWEST_FIRST = Comparator.comparing(OrderSnapshot::createdAt)
            .thenComparingLong(o -> Long.parseLong(o.orderId()))
            .reversed();

    private final long userId = TestData.freshId();
    private final long shopId = TestData.freshId();
    private final Instant base = Instant.parse("2026-06-01T11:00:00Z");
    private final List<OrderSnapshot> placed = new ArrayList<>();

    @BeforeAll
    void place_1000_orders_of_one_user_at_one_shop() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<OrderSnapshot>> writes = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                int n = i;
                // groups of four share a creation time, so the order id must break ties
                Instant createdAt = base.plusSeconds(60L * (n / 4));
                OrderStatus status = n % 3 == 0 ? OrderStatus.CANCELLED : OrderStatus.PAID;
                writes.add(pool.submit(() -> data.place(userId, shopId, createdAt, b -> b.status(status))));
            }
            for (Future<OrderSnapshot> write : writes) {
                placed.add(write.get());
            }
        } finally {
            pool.shutdownNow();
        }
        placed.sort(NEWEST_FIRST);
    }

    @Test
    void paging_a_users_1000_orders_returns_each_exactly_once_newest_first() {
        for (int limit : new int[] {100, 37}) {
            List<JsonNode> all = pageAll("/api/v1/users/" + userId + "/orders", Tokens.user(userId), limit);
            assertThat(ids(all)).as("limit %d", limit).isEqualTo(ids(placed));
        }
    }

    @Test
    void paging_a_shops_1000_orders_returns_each_exactly_once_newest_first() {
        String merchant = Tokens.merchant(TestData.freshId(), shopId);
        List<JsonNode> all = pageAll("/api/v1/shops/" + shopId + "/orders", merchant, 100);
        assertThat(ids(all)).isEqualTo(ids(placed));
        assertThat(all).allSatisfy(order -> {
            assertThat(order.path("address").path("phone").asString()).isEqualTo("138****1001");
            assertThat(order.path("items")).hasSize(2);
        });
    }

    @Test
    void a_status_filter_pages_through_the_matching_orders_only() {
        List<JsonNode> cancelled =
                pageAll(path("/api/v1/users/" + userId + "/orders", "status", "CANCELLED"), Tokens.user(userId), 50);
        assertThat(ids(cancelled))
                .hasSize(334)
                .isEqualTo(ids(placed.stream()
                        .filter(o -> o.status() == OrderStatus.CANCELLED)
                        .toList()));
    }

    @Test
    void a_creation_window_pages_through_the_orders_created_in_it() {
        Instant from = base.plusSeconds(60L * 10);
        Instant to = base.plusSeconds(60L * 20);
        List<JsonNode> window =
                pageAll(path("/api/v1/shops/" + shopId + "/orders", "from", from, "to", to), Tokens.support(), 7);
        assertThat(ids(window))
                .hasSize(40)
                .isEqualTo(ids(placed.stream()
                        .filter(o ->
                                !o.createdAt().isBefore(from) && o.createdAt().isBefore(to))
                        .toList()));
        assertThat(window.get(0).path("address").path("phone").asString()).isEqualTo("13812341001");
    }

    @Test
    void the_default_page_has_20_orders_and_the_last_page_a_null_cursor() {
        Api.Response first = api.get("/api/v1/users/" + userId + "/orders", Tokens.user(userId));
        assertThat(first.body().path("items")).hasSize(20);
        assertThat(first.body().path("nextCursor").isString()).isTrue();

        long loner = TestData.freshId();
        OrderSnapshot only = data.place(loner, TestData.freshId(), base);
        JsonNode last = api.get("/api/v1/users/" + loner + "/orders", Tokens.user(loner))
                .body();
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("items").get(0).path("orderId").asString()).isEqualTo(only.orderId());
        assertThat(last.has("nextCursor")).isTrue();
        assertThat(last.path("nextCursor").isNull()).isTrue();

        long nobody = TestData.freshId();
        JsonNode empty = api.get("/api/v1/users/" + nobody + "/orders", Tokens.user(nobody))
                .body();
        assertThat(empty.path("items")).isEmpty();
        assertThat(empty.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void a_shops_page_carries_the_lines_of_orders_of_many_users() {
        long busyShop = TestData.freshId();
        List<OrderSnapshot> orders = IntStream.range(0, 12)
                .mapToObj(i -> data.place(TestData.freshId(), busyShop, base.plusSeconds(i)))
                .toList();
        Api.Response response = api.get(
                path("/api/v1/shops/" + busyShop + "/orders", "limit", 12),
                Tokens.merchant(TestData.freshId(), busyShop));
        JsonNode page = response.body();
        assertThat(page.path("items")).as(response.toString()).hasSize(12);
        assertThat(page.path("items")).allSatisfy(order -> assertThat(order.path("items"))
                .extracting(line -> line.path("skuId").asString())
                .containsExactly("SKU-1", "SKU-2"));
        assertThat(page.path("items").get(0).path("orderId").asString())
                .isEqualTo(orders.get(11).orderId());
    }

    @Test
    void a_users_orders_are_for_that_user_and_support_only() {
        String list = "/api/v1/users/" + userId + "/orders";
        assertThat(api.get(list, Tokens.support()).status()).isEqualTo(200);
        for (String refused : List.of(
                Tokens.user(TestData.freshId()),
                Tokens.merchant(TestData.freshId(), shopId),
                Tokens.rider(userId),
                Tokens.noRoles(userId))) {
            Api.Response response = api.get(list, refused);
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get(list, null).status()).isEqualTo(401);
    }

    @Test
    void a_shops_orders_are_for_its_merchant_and_support_only() {
        String list = "/api/v1/shops/" + shopId + "/orders";
        assertThat(api.get(list, Tokens.support()).status()).isEqualTo(200);
        for (String refused : List.of(
                Tokens.merchant(TestData.freshId(), TestData.freshId()),
                Tokens.merchant(TestData.freshId(), null),
                Tokens.user(userId),
                Tokens.rider(TestData.freshId()))) {
            Api.Response response = api.get(list, refused);
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.code()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void bad_parameters_are_400_naming_the_parameter() {
        String users = "/api/v1/users/" + userId + "/orders";
        String token = Tokens.user(userId);
        assertInvalid(path(users, "limit", 0), token, "limit:");
        assertInvalid(path(users, "limit", 101), token, "limit:");
        assertInvalid(path(users, "limit", "ten"), token, "limit:");
        assertInvalid(path(users, "status", "LOST"), token, "status:");
        assertInvalid(path(users, "from", "yesterday"), token, "from:");
        assertInvalid(path(users, "from", base.plusSeconds(5), "to", base), token, "to:");
        assertInvalid("/api/v1/users/abc/orders", Tokens.support(), "userId:");
        assertInvalid("/api/v1/shops/-3/orders", Tokens.support(), "shopId:");
        assertThat(api.get(path(users, "limit", 100), token).body().path("items"))
                .hasSize(100);
    }

    @Test
    void a_forged_or_foreign_cursor_is_400_and_starts_no_scan() {
        String users = "/api/v1/users/" + userId + "/orders";
        String token = Tokens.user(userId);
        String cursor = api.get(path(users, "limit", 5), token)
                .body()
                .path("nextCursor")
                .asString();

        byte[] raw = Base64.getUrlDecoder().decode(cursor);
        raw[3] ^= 0x10; // another position
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertInvalid(path(users, "cursor", altered), token, "cursor:");
        assertInvalid(path(users, "cursor", "eyJjcmVhdGVkQXQiOjAsIm9yZGVySWQiOjF9"), token, "cursor:");
        assertInvalid(path(users, "cursor", "%%%"), token, "cursor:");
        // the cursor of one list is no good for another list or other filters
        assertInvalid(path(users, "cursor", cursor, "status", "PAID"), token, "cursor:");
        assertInvalid(path("/api/v1/shops/" + shopId + "/orders", "cursor", cursor), Tokens.support(), "cursor:");
        long other = TestData.freshId();
        assertInvalid(path("/api/v1/users/" + other + "/orders", "cursor", cursor), Tokens.user(other), "cursor:");
        // and the genuine one goes on where the first page ended
        JsonNode next =
                api.get(path(users, "limit", 5, "cursor", cursor), token).body();
        assertThat(next.path("items").get(0).path("orderId").asString())
                .isEqualTo(placed.get(5).orderId());
    }

    private void assertInvalid(String path, String token, String detailPrefix) {
        Api.Response response = api.get(path, token);
        assertThat(response.status()).as(path + " → " + response).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("detail").asString()).startsWith(detailPrefix);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
    }

    private List<JsonNode> pageAll(String list, String token, int limit) {
        List<JsonNode> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            String page = list + (list.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor);
            Api.Response response = api.get(page, token);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode items = response.body().path("items");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            for (JsonNode order : items) {
                assertThat(seen.add(order.path("orderId").asString()))
                        .as("order %s seen twice", order.path("orderId"))
                        .isTrue();
                all.add(order);
            }
            cursor = response.body().path("nextCursor").isNull()
                    ? null
                    : response.body().path("nextCursor").asString();
            assertThat(++pages).isLessThan(1_000);
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
