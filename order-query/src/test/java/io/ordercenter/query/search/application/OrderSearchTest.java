package io.ordercenter.query.search.application;

import static io.ordercenter.query.support.Callers.merchant;
import static io.ordercenter.query.support.Callers.rider;
import static io.ordercenter.query.support.Callers.support;
import static io.ordercenter.query.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.query.platform.paging.CursorCodec;
import io.ordercenter.query.platform.paging.Page;
import io.ordercenter.query.platform.paging.Position;
import io.ordercenter.query.support.Snapshots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderSearchTest {

    private final List<Position> asked = new ArrayList<>();
    private final List<OrderSnapshot> hits = new ArrayList<>();
    private final OrderIndex index = (criteria, after, limit) -> {
        asked.add(after);
        return hits.stream().limit(limit).toList();
    };
    private final OrderSearch search =
            new OrderSearch(index, new CursorCodec("a-test-key-of-at-least-thirty-two-bytes!"));
    private final SearchCriteria byPrefix = new SearchCriteria("138123", null, null, null, null);

    @Test
    void only_support_may_search() {
        for (var caller : List.of(user("1001"), merchant("9003", "3"), rider("5001"))) {
            assertThatThrownBy(() -> search.search(caller, byPrefix, 20, null))
                    .isInstanceOf(NonTransient.class)
                    .satisfies(e -> assertThat(((NonTransient) e).code()).isEqualTo(ErrorCode.FORBIDDEN));
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void the_phone_prefix_is_3_to_11_digits() {
        for (String bad : new String[] {null, "", "13", "138123411112", "13a", "+8613"}) {
            assertThatThrownBy(
                            () -> search.search(support(), new SearchCriteria(bad, null, null, null, null), 20, null))
                    .isInstanceOf(NonTransient.class)
                    .hasMessageStartingWith("phonePrefix:");
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void support_pages_with_cursors_bound_to_the_search() {
        Instant t0 = Instant.parse("2026-06-01T11:00:00Z");
        hits.add(Snapshots.paid(3, t0.plusSeconds(2)));
        hits.add(Snapshots.paid(2, t0.plusSeconds(1)));
        hits.add(Snapshots.paid(1, t0));
        Page<OrderSnapshot> first = search.search(support(), byPrefix, 2, null);
        assertThat(first.items()).extracting(OrderSnapshot::orderId).containsExactly("3", "2");
        assertThat(first.items().get(0).address().phone()).isEqualTo("13812341001");

        search.search(support(), byPrefix, 2, first.nextCursor());
        assertThat(asked.get(1)).isEqualTo(new Position(t0.plusSeconds(1), 2));

        SearchCriteria otherShop = new SearchCriteria("138123", 4L, null, null, null);
        assertThatThrownBy(() -> search.search(support(), otherShop, 2, first.nextCursor()))
                .hasMessageStartingWith("cursor:");
    }
}
