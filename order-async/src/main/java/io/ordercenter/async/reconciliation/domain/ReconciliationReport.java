package io.ordercenter.async.reconciliation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one reconciliation run over the orders created in {@code [from, to)}.
 *
 * @param checked orders checked
 * @param mismatchCount every difference found (the list may be cut, the count never is)
 * @param mismatchesByCopy differences per copy
 * @param mismatches the differences, at most {@link #MAX_LISTED}
 * @param repaired copies re-projected from the order copy (repair mode)
 */
public record ReconciliationReport(
        String runId,
        Instant startedAt,
        Instant finishedAt,
        Instant from,
        Instant to,
        boolean repair,
        long checked,
        long mismatchCount,
        Map<Copy, Long> mismatchesByCopy,
        List<Mismatch> mismatches,
        long repaired) {

    public static final int MAX_LISTED = 1000;

    public ReconciliationReport {
        Objects.requireNonNull(runId, "runId");
        mismatchesByCopy = Map.copyOf(mismatchesByCopy);
        mismatches = List.copyOf(mismatches);
    }
}
