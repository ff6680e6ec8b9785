package io.ordercenter.query.order.application;

import static io.ordercenter.query.support.Callers.merchant;
import static io.ordercenter.query.support.Callers.rider;
import static io.ordercenter.query.support.Callers.support;
import static io.ordercenter.query.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.contracts.failure.OrderCenterFailure;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.query.platform.paging.CursorCodec;
import io.ordercenter.query.platform.paging.Page;
import io.ordercenter.query.platform.paging.Position;
import io.ordercenter.query.support.Snapshots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderQueriesTest {

    private static final Instant T0 = Instant.parse("2026-06-01T11:00:00Z");
    private static final OrderSnapshot ORDER = Snapshots.order(77, "1001", "3", "5001", T0);

    private final FakeCache cache = new FakeCache();
    private final FakeOrders orders = new FakeOrders();
    private final FakeOrders fallback = new FakeOrders();
    private final FakeLists lists = new FakeLists();
    private final CursorCodec cursors = new CursorCodec("a-test-key-of-at-least-thirty-two-bytes!");
    private final OrderQueries queries = new OrderQueries(cache, orders, fallback, lists, cursors);

    @Test
    void a_cache_hit_answers_without_the_database() {
        cache.orders.put(77L, ORDER);
        assertThat(queries.byId(user("1001"), 77)).isEqualTo(ORDER);
        assertThat(orders.reads).hasValue(0);
    }

    @Test
    void a_miss_reads_the_database_once_and_fills_the_cache() {
        orders.stored.put(77L, ORDER);
        assertThat(queries.byId(user("1001"), 77)).isEqualTo(ORDER);
        assertThat(cache.orders).containsEntry(77L, ORDER);
        assertThat(queries.byId(user("1001"), 77)).isEqualTo(ORDER);
        assertThat(orders.reads).hasValue(1);
        assertThat(queries.storeReads()).isEqualTo(1);
    }

    @Test
    void an_id_that_does_not_exist_is_remembered_as_missing() {
        assertNotFound(() -> queries.byId(support(), 78));
        assertThat(cache.missing).contains(78L);
        assertNotFound(() -> queries.byId(support(), 78));
        assertThat(orders.reads).hasValue(1);
    }

    @Test
    void a_load_finished_by_another_caller_is_not_repeated() {
        // the cache missed at first, and had been filled by the time this caller led a load
        orders.stored.put(77L, ORDER);
        cache.missesBeforeHit = 1;
        cache.orders.put(77L, ORDER);
        assertThat(queries.byId(user("1001"), 77)).isEqualTo(ORDER);
        assertThat(orders.reads).hasValue(0);
    }

    @Test
    void with_the_cache_down_reads_go_to_the_database_through_the_fallback_and_stay_right() {
        cache.down = true;
        fallback.stored.put(77L, ORDER);
        assertThat(queries.byId(user("1001"), 77)).isEqualTo(ORDER);
        assertNotFound(() -> queries.byId(user("1001"), 79));
        assertThat(fallback.reads).hasValue(2);
        assertThat(orders.reads).hasValue(0);
        assertThat(cache.writes).hasValue(0);
    }

    @Test
    void a_failing_cache_write_does_not_fail_the_read() {
        orders.stored.put(77L, ORDER);
        cache.writesFail = true;
        assertThat(queries.byId(user("1001"), 77)).isEqualTo(ORDER);
    }

    @Test
    void a_database_failure_on_a_miss_is_a_503() {
        orders.down = true;
        assertThatThrownBy(() -> queries.byId(user("1001"), 77))
                .isInstanceOf(Transient.class)
                .satisfies(e -> assertThat(((Transient) e).code()).isEqualTo(ErrorCode.DEPENDENCY_UNAVAILABLE));
    }

    @Test
    void the_owner_and_support_see_the_full_phone_merchant_and_rider_a_masked_one() {
        cache.orders.put(77L, ORDER);
        assertThat(phone(queries.byId(user("1001"), 77))).isEqualTo("13812341001");
        assertThat(phone(queries.byId(support(), 77))).isEqualTo("13812341001");
        assertThat(phone(queries.byId(merchant("9003", "3"), 77))).isEqualTo("138****1001");
        assertThat(phone(queries.byId(rider("5001"), 77))).isEqualTo("138****1001");
    }

    @Test
    void callers_who_may_not_read_an_existing_order_get_the_same_404_as_for_a_missing_one() {
        cache.orders.put(77L, ORDER);
        assertNotFound(() -> queries.byId(user("1002"), 77));
        assertNotFound(() -> queries.byId(merchant("9004", "4"), 77));
        assertNotFound(() -> queries.byId(merchant("9003", null), 77));
        assertNotFound(() -> queries.byId(rider("5002"), 77));
    }

    @Test
    void a_user_pages_through_their_orders_newest_first_each_once() {
        for (int i = 0; i < 45; i++) {
            lists.add(Snapshots.order(1000 + i, "1001", "3", null, T0.plusSeconds(i / 4)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<OrderSnapshot> page = queries.ofUser(user("1001"), 1001, ListFilter.NONE, 10, cursor);
            page.items().forEach(o -> seen.add(o.orderId()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).hasSize(45).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo("1044");
        assertThat(seen.get(44)).isEqualTo("1000");
    }

    @Test
    void lists_are_only_for_their_user_their_shops_merchant_and_support() {
        lists.add(ORDER);
        assertThat(queries.ofUser(support(), 1001, ListFilter.NONE, 20, null).items())
                .hasSize(1);
        assertForbidden(() -> queries.ofUser(user("1002"), 1001, ListFilter.NONE, 20, null));
        assertForbidden(() -> queries.ofUser(merchant("9003", "3"), 1001, ListFilter.NONE, 20, null));
        assertForbidden(() -> queries.ofUser(rider("1001"), 1001, ListFilter.NONE, 20, null));

        assertThat(phone(queries.ofShop(merchant("9003", "3"), 3, ListFilter.NONE, 20, null)
                        .items()
                        .get(0)))
                .isEqualTo("138****1001");
        assertThat(phone(queries.ofShop(support(), 3, ListFilter.NONE, 20, null)
                        .items()
                        .get(0)))
                .isEqualTo("13812341001");
        assertForbidden(() -> queries.ofShop(merchant("9004", "4"), 3, ListFilter.NONE, 20, null));
        assertForbidden(() -> queries.ofShop(user("1001"), 3, ListFilter.NONE, 20, null));
    }

    @Test
    void a_cursor_works_only_for_the_list_it_came_from() {
        for (int i = 0; i < 3; i++) {
            lists.add(Snapshots.order(1000 + i, "1001", "3", null, T0.plusSeconds(i)));
        }
        String cursor =
                queries.ofUser(user("1001"), 1001, ListFilter.NONE, 1, null).nextCursor();
        assertThat(cursor).isNotNull();
        assertThatThrownBy(() -> queries.ofShop(support(), 3, ListFilter.NONE, 1, cursor))
                .isInstanceOf(NonTransient.class)
                .hasMessageStartingWith("cursor:");
        ListFilter paid = new ListFilter(io.ordercenter.contracts.OrderStatus.PAID, null, null);
        assertThatThrownBy(() -> queries.ofUser(user("1001"), 1001, paid, 1, cursor))
                .hasMessageStartingWith("cursor:");
    }

    private static String phone(OrderSnapshot order) {
        return order.address().phone();
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFound.class).satisfies(e -> assertThat(((OrderCenterFailure) e).code())
                .isEqualTo(ErrorCode.ORDER_NOT_FOUND));
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(NonTransient.class)
                .satisfies(e -> assertThat(((OrderCenterFailure) e).code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    static final class FakeCache implements OrderCache {
        final Map<Long, OrderSnapshot> orders = new HashMap<>();
        final Set<Long> missing = new HashSet<>();
        final AtomicInteger writes = new AtomicInteger();
        boolean down;
        boolean writesFail;
        int missesBeforeHit;

        @Override
        public Lookup lookup(long orderId) {
            if (down) {
                throw Transient.dependencyUnavailable("cache", null);
            }
            if (missesBeforeHit > 0) {
                missesBeforeHit--;
                return Lookup.MISS;
            }
            if (orders.containsKey(orderId)) {
                return Lookup.hit(orders.get(orderId));
            }
            return missing.contains(orderId) ? Lookup.MISSING : Lookup.MISS;
        }

        @Override
        public void put(OrderSnapshot order) {
            write();
            orders.put(Long.parseLong(order.orderId()), order);
        }

        @Override
        public void putMissing(long orderId) {
            write();
            missing.add(orderId);
        }

        private void write() {
            if (down || writesFail) {
                throw Transient.dependencyUnavailable("cache", null);
            }
            writes.incrementAndGet();
        }
    }

    static final class FakeOrders implements Orders {
        final Map<Long, OrderSnapshot> stored = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        boolean down;

        @Override
        public Optional<OrderSnapshot> find(long orderId) {
            reads.incrementAndGet();
            if (down) {
                throw Transient.dependencyUnavailable("database", null);
            }
            return Optional.ofNullable(stored.get(orderId));
        }
    }

    /** Both copies as one list, filtered by owner and paged like the keyset queries. */
    static final class FakeLists implements OrderLists {
        private static final Comparator<OrderSnapshot> NEWEST_FIRST = Comparator.comparing(OrderSnapshot::createdAt)
                .thenComparingLong(o -> Long.parseLong(o.orderId()))
                .reversed();
        private final List<OrderSnapshot> all = new ArrayList<>();

        void add(OrderSnapshot order) {
            all.add(order);
        }

        @Override
        public List<OrderSnapshot> ofUser(long userId, ListFilter filter, Position after, int limit) {
            return page(o -> o.userId().equals(Long.toString(userId)), filter, after, limit);
        }

        @Override
        public List<OrderSnapshot> ofShop(long shopId, ListFilter filter, Position after, int limit) {
            return page(o -> o.shopId().equals(Long.toString(shopId)), filter, after, limit);
        }

        private List<OrderSnapshot> page(
                java.util.function.Predicate<OrderSnapshot> owner, ListFilter filter, Position after, int limit) {
            return all.stream()
                    .filter(owner)
                    .filter(o -> filter.status() == null || o.status() == filter.status())
                    .sorted(NEWEST_FIRST)
                    .filter(o -> after == null || isAfter(o, after))
                    .limit(limit)
                    .toList();
        }

        private static boolean isAfter(OrderSnapshot o, Position p) {
            int byTime = o.createdAt().compareTo(p.createdAt());
            return byTime < 0 || (byTime == 0 && Long.parseLong(o.orderId()) < p.orderId());
        }
    }
}
