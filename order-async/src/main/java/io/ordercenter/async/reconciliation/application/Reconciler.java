package io.ordercenter.async.reconciliation.application;

import io.ordercenter.async.reconciliation.domain.Comparison;
import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.CopyState;
import io.ordercenter.async.reconciliation.domain.Mismatch;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import io.ordercenter.async.reconciliation.domain.OrderState;
import io.ordercenter.async.reconciliation.domain.ReconciliationReport;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Compares, for the orders created in a window, the order copy with the user copy, the shop copy,
 * the search index and the cache entry (status, version, amounts), page by page. A copy that is
 * merely behind (an older version: a projection a moment late) is read again after {@code recheckAfter}
 * before it counts. In repair mode every differing copy is re-projected from the order copy.
 */
public final class Reconciler {

    private final OrderCopies orders;
    private final List<ProjectedCopies> copies;
    private final CopyRepairs repairs;
    private final ReconciliationReports reports;
    private final Timelines timelines;
    private final Clock clock;
    private final int pageSize;
    private final Duration recheckAfter;

    public Reconciler(
            OrderCopies orders,
            List<ProjectedCopies> copies,
            CopyRepairs repairs,
            ReconciliationReports reports,
            Timelines timelines,
            Clock clock,
            int pageSize,
            Duration recheckAfter) {
        this.orders = orders;
        this.copies = List.copyOf(copies);
        this.repairs = repairs;
        this.reports = reports;
        this.timelines = timelines;
        this.clock = clock;
        this.pageSize = pageSize;
        this.recheckAfter = recheckAfter;
    }

    /** Checks (and with {@code repair} re-projects) the orders created in {@code [from, to)}; saves the report. */
    public ReconciliationReport run(Instant from, Instant to, boolean repair) {
        Instant started = clock.instant();
        AtomicLong checked = new AtomicLong();
        AtomicLong repaired = new AtomicLong();
        List<Mismatch> found = new ArrayList<>();
        orders.forEachPage(from, to, pageSize, page -> {
            checked.addAndGet(page.size());
            List<Mismatch> mismatches = confirmed(page, compare(page));
            if (repair && !mismatches.isEmpty()) {
                repaired.addAndGet(repair(page, mismatches));
                mismatches = mismatches.stream().map(Mismatch::markRepaired).toList();
            }
            found.addAll(mismatches);
        });
        ReconciliationReport report = new ReconciliationReport(
                UUID.randomUUID().toString(),
                started,
                clock.instant(),
                from,
                to,
                repair,
                checked.get(),
                found.size(),
                Comparison.countByCopy(found),
                found.size() > ReconciliationReport.MAX_LISTED
                        ? found.subList(0, ReconciliationReport.MAX_LISTED)
                        : found,
                repaired.get());
        reports.save(report);
        return report;
    }

    /** The last saved report. */
    public Optional<ReconciliationReport> last() {
        return reports.last();
    }

    private List<Mismatch> compare(List<OrderState> page) {
        List<OrderRef> refs = page.stream().map(OrderState::ref).toList();
        List<Mismatch> mismatches = new ArrayList<>();
        for (ProjectedCopies copy : copies) {
            Map<String, CopyState> states = copy.read(refs);
            for (OrderState order : page) {
                mismatches.addAll(Comparison.compare(
                        order,
                        copy.copy(),
                        Optional.ofNullable(states.get(order.ref().id()))));
            }
        }
        return mismatches;
    }

    /** Keeps the differences that are not a projection catching up: those are read again after a pause. */
    private List<Mismatch> confirmed(List<OrderState> page, List<Mismatch> mismatches) {
        if (mismatches.isEmpty()) {
            return mismatches;
        }
        Map<String, OrderState> byId = new LinkedHashMap<>();
        page.forEach(order -> byId.put(order.ref().id(), order));
        Set<String> behind = new LinkedHashSet<>();
        for (Mismatch mismatch : mismatches) {
            if ("version".equals(mismatch.field())
                    && Long.parseLong(mismatch.actual()) < Long.parseLong(mismatch.expected())) {
                behind.add(mismatch.orderId());
            }
        }
        if (behind.isEmpty()) {
            return mismatches;
        }
        pause();
        List<OrderState> again = new ArrayList<>();
        for (String orderId : behind) {
            orders.find(Long.parseLong(orderId)).ifPresent(again::add);
        }
        List<Mismatch> recompared = again.isEmpty() ? List.of() : compare(again);
        List<Mismatch> result = new ArrayList<>();
        for (Mismatch mismatch : mismatches) {
            if (!behind.contains(mismatch.orderId())) {
                result.add(mismatch);
            }
        }
        result.addAll(recompared);
        return result;
    }

    private long repair(List<OrderState> page, List<Mismatch> mismatches) {
        Map<String, OrderState> byId = new LinkedHashMap<>();
        page.forEach(order -> byId.put(order.ref().id(), order));
        Map<String, Set<Copy>> toRepair = new LinkedHashMap<>();
        for (Mismatch mismatch : mismatches) {
            toRepair.computeIfAbsent(mismatch.orderId(), id -> new LinkedHashSet<>())
                    .add(mismatch.copy());
        }
        long repaired = 0;
        for (Map.Entry<String, Set<Copy>> entry : toRepair.entrySet()) {
            OrderState order = byId.get(entry.getKey());
            if (order == null) {
                order = orders.find(Long.parseLong(entry.getKey())).orElse(null);
                if (order == null) {
                    continue;
                }
            }
            for (Copy copy : entry.getValue()) {
                repairs.repair(copy, order.ref());
                repaired++;
            }
            timelines.add(new TimelineEntry(
                    order.ref().orderId(),
                    clock.instant(),
                    TimelineEntry.ORDER_ASYNC,
                    TimelineEntry.RECONCILIATION_REPAIRED,
                    "re-projected from the order copy: "
                            + entry.getValue().stream().map(Copy::name).collect(Collectors.joining(", ")),
                    null,
                    null));
        }
        return repaired;
    }

    private void pause() {
        try {
            Thread.sleep(recheckAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
