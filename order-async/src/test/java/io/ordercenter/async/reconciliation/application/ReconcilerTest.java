package io.ordercenter.async.reconciliation.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.CopyState;
import io.ordercenter.async.reconciliation.domain.Mismatch;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import io.ordercenter.async.reconciliation.domain.OrderState;
import io.ordercenter.async.reconciliation.domain.ReconciliationReport;
import io.ordercenter.contracts.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private final Map<Long, OrderState> truth = new HashMap<>();
    private final Map<Copy, Map<String, CopyState>> copies = new EnumMap<>(Copy.class);
    private final List<String> repairs = new ArrayList<>();
    private ReconciliationReport saved;

    private final Reconciler reconciler = new Reconciler(
            new OrderCopies() {
                @Override
                public void forEachPage(Instant from, Instant to, int pageSize, Consumer<List<OrderState>> page) {
                    page.accept(List.copyOf(truth.values()));
                }

                @Override
                public Optional<OrderState> find(long orderId) {
                    return Optional.ofNullable(truth.get(orderId));
                }
            },
            List.of(reader(Copy.USER), reader(Copy.SHOP), reader(Copy.SEARCH), reader(Copy.CACHE)),
            (copy, order) -> {
                repairs.add(copy + ":" + order.orderId());
                copies.get(copy).put(order.id(), truth.get(order.orderId()).state());
            },
            new ReconciliationReports() {
                @Override
                public void save(ReconciliationReport report) {
                    saved = report;
                }

                @Override
                public Optional<ReconciliationReport> last() {
                    return Optional.ofNullable(saved);
                }
            },
            entry -> {},
            Clock.systemUTC(),
            100,
            Duration.ofMillis(1));

    ReconcilerTest() {
        for (Copy copy : Copy.values()) {
            copies.put(copy, new HashMap<>());
        }
    }

    @Test
    void copies_that_agree_report_nothing_and_a_missing_cache_entry_is_fine() {
        order(1, state(OrderStatus.PAID, 2, 2_800));
        copies.get(Copy.USER).put("1", state(OrderStatus.PAID, 2, 2_800));
        copies.get(Copy.SHOP).put("1", state(OrderStatus.PAID, 2, 2_800));
        copies.get(Copy.SEARCH).put("1", state(OrderStatus.PAID, 2, 2_800));

        ReconciliationReport report = reconciler.run(Instant.EPOCH, Instant.now(), false);

        assertThat(report.checked()).isEqualTo(1);
        assertThat(report.mismatchCount()).isZero();
        assertThat(saved).isEqualTo(report);
    }

    @Test
    void every_difference_is_listed_and_repair_makes_the_next_run_clean() {
        order(1, state(OrderStatus.ACCEPTED, 3, 2_800));
        copies.get(Copy.USER).put("1", state(OrderStatus.ACCEPTED, 3, 1));
        copies.get(Copy.SHOP).put("1", state(OrderStatus.PAID, 2, 2_800));
        copies.get(Copy.CACHE).put("1", state(OrderStatus.CANCELLED, 3, 2_800));

        ReconciliationReport found = reconciler.run(Instant.EPOCH, Instant.now(), false);

        assertThat(found.mismatches())
                .extracting(Mismatch::copy, Mismatch::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Copy.USER, "payableCents"),
                        org.assertj.core.groups.Tuple.tuple(Copy.SHOP, "status"),
                        org.assertj.core.groups.Tuple.tuple(Copy.SHOP, "version"),
                        org.assertj.core.groups.Tuple.tuple(Copy.SEARCH, "presence"),
                        org.assertj.core.groups.Tuple.tuple(Copy.CACHE, "status"));
        assertThat(found.mismatchesByCopy()).containsEntry(Copy.SHOP, 2L).containsEntry(Copy.SEARCH, 1L);
        assertThat(repairs).isEmpty();

        ReconciliationReport repaired = reconciler.run(Instant.EPOCH, Instant.now(), true);
        assertThat(repaired.repaired()).isEqualTo(4);
        assertThat(repaired.mismatches()).allMatch(Mismatch::repaired);

        assertThat(reconciler.run(Instant.EPOCH, Instant.now(), false).mismatchCount())
                .isZero();
    }

    @Test
    void a_copy_only_behind_is_read_again_before_it_counts() {
        order(1, state(OrderStatus.PAID, 2, 2_800));
        copies.get(Copy.USER).put("1", state(OrderStatus.PAID, 2, 2_800));
        copies.get(Copy.SEARCH).put("1", state(OrderStatus.PAID, 2, 2_800));
        copies.get(Copy.SHOP).put("1", state(OrderStatus.CREATED, 1, 2_800));
        ProjectedCopies catchingUp = new ProjectedCopies() {
            private int reads;

            @Override
            public Copy copy() {
                return Copy.SHOP;
            }

            @Override
            public Map<String, CopyState> read(List<OrderRef> orders) {
                if (reads++ > 0) {
                    copies.get(Copy.SHOP).put("1", state(OrderStatus.PAID, 2, 2_800));
                }
                return Map.copyOf(copies.get(Copy.SHOP));
            }
        };
        Reconciler withLag = new Reconciler(
                new OrderCopies() {
                    @Override
                    public void forEachPage(Instant from, Instant to, int size, Consumer<List<OrderState>> page) {
                        page.accept(List.copyOf(truth.values()));
                    }

                    @Override
                    public Optional<OrderState> find(long orderId) {
                        return Optional.ofNullable(truth.get(orderId));
                    }
                },
                List.of(reader(Copy.USER), catchingUp, reader(Copy.SEARCH)),
                (copy, order) -> {},
                new ReconciliationReports() {
                    @Override
                    public void save(ReconciliationReport report) {}

                    @Override
                    public Optional<ReconciliationReport> last() {
                        return Optional.empty();
                    }
                },
                entry -> {},
                Clock.systemUTC(),
                100,
                Duration.ofMillis(1));

        assertThat(withLag.run(Instant.EPOCH, Instant.now(), false).mismatchCount())
                .isZero();
    }

    private ProjectedCopies reader(Copy copy) {
        return new ProjectedCopies() {
            @Override
            public Copy copy() {
                return copy;
            }

            @Override
            public Map<String, CopyState> read(List<OrderRef> orders) {
                return Map.copyOf(copies.get(copy));
            }
        };
    }

    private void order(long id, CopyState state) {
        truth.put(id, new OrderState(new OrderRef(id, 11, 22), state));
    }

    private static CopyState state(OrderStatus status, long version, long payable) {
        return new CopyState(status, version, CopyState.amounts(3_000, 500, 500, 200, payable));
    }
}
