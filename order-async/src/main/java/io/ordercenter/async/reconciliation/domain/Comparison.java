package io.ordercenter.async.reconciliation.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Compares one copy of an order with the order copy: presence, status, version, amounts. */
public final class Comparison {

    private Comparison() {}

    /**
     * The differences of {@code copy} (empty if the copy has no entry) from {@code truth}. A missing
     * cache entry is no difference (the cache is filled on reads); every other copy must exist.
     */
    public static List<Mismatch> compare(OrderState truth, Copy kind, Optional<CopyState> copy) {
        String orderId = truth.ref().id();
        if (copy.isEmpty()) {
            return kind == Copy.CACHE
                    ? List.of()
                    : List.of(new Mismatch(orderId, kind, "presence", "present", "missing", false));
        }
        CopyState expected = truth.state();
        CopyState actual = copy.get();
        List<Mismatch> mismatches = new ArrayList<>();
        if (expected.status() != actual.status()) {
            mismatches.add(new Mismatch(
                    orderId,
                    kind,
                    "status",
                    expected.status().name(),
                    actual.status().name(),
                    false));
        }
        if (expected.version() != actual.version()) {
            mismatches.add(new Mismatch(
                    orderId,
                    kind,
                    "version",
                    Long.toString(expected.version()),
                    Long.toString(actual.version()),
                    false));
        }
        for (String amount : new TreeSet<>(expected.amounts().keySet())) {
            Long want = expected.amounts().get(amount);
            Long have = actual.amounts().get(amount);
            if (have != null && !have.equals(want)) {
                mismatches.add(new Mismatch(orderId, kind, amount, String.valueOf(want), String.valueOf(have), false));
            }
        }
        return mismatches;
    }

    /**
     * Whether the copy may simply not have caught up yet: it exists at an older version than the order
     * copy, as a projection a moment behind does. Such differences are checked again before they count.
     */
    public static boolean mayBeCatchingUp(OrderState truth, Optional<CopyState> copy) {
        return copy.isPresent() && copy.get().version() < truth.state().version();
    }

    /** How many differences each copy has. */
    public static Map<Copy, Long> countByCopy(List<Mismatch> mismatches) {
        Map<Copy, Long> counts = new EnumMap<>(Copy.class);
        for (Copy copy : Copy.values()) {
            counts.put(copy, 0L);
        }
        for (Mismatch mismatch : mismatches) {
            counts.merge(mismatch.copy(), 1L, Long::sum);
        }
        return counts;
    }
}
