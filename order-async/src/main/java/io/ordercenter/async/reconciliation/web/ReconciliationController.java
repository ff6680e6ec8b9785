package io.ordercenter.async.reconciliation.web;

import io.ordercenter.async.reconciliation.application.Reconciler;
import io.ordercenter.async.reconciliation.domain.ReconciliationReport;
import io.ordercenter.async.reconciliation.infrastructure.ReconciliationJob;
import io.ordercenter.async.reconciliation.infrastructure.ReconciliationProperties;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.Conflict;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.platform.security.Callers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/reconciliation}: the last report (204 if none ran yet); {@code POST}: runs
 * one now, optionally for {@code {from, to}} and in repair mode ({@code {"repair": true}}). SUPPORT only.
 */
@RestController
@RequestMapping("/api/v1/admin/reconciliation")
public class ReconciliationController {

    private final Reconciler reconciler;
    private final ReconciliationJob job;
    private final ReconciliationProperties properties;
    private final Clock clock;

    public ReconciliationController(
            Reconciler reconciler, ReconciliationJob job, ReconciliationProperties properties, Clock clock) {
        this.reconciler = reconciler;
        this.job = job;
        this.properties = properties;
        this.clock = clock;
    }

    /** The body of a run request; every field may be left out. */
    public record RunRequest(Instant from, Instant to, Boolean repair) {}

    @GetMapping
    public ResponseEntity<ReconciliationReport> last() {
        requireSupport();
        return reconciler.last().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent()
                .build());
    }

    @PostMapping
    public ResponseEntity<ReconciliationReport> run(@RequestBody(required = false) RunRequest request) {
        requireSupport();
        RunRequest body = request == null ? new RunRequest(null, null, null) : request;
        Instant to = body.to() != null ? body.to() : clock.instant().minus(properties.settle());
        Instant from = body.from() != null ? body.from() : to.minus(properties.window());
        if (!from.isBefore(to)) {
            throw new NonTransient(ErrorCode.VALIDATION_FAILED, "from must be before to");
        }
        if (Duration.between(from, to).compareTo(properties.maxWindow()) > 0) {
            throw new NonTransient(
                    ErrorCode.VALIDATION_FAILED, "the window may be at most " + properties.maxWindow() + " long");
        }
        boolean repair = Boolean.TRUE.equals(body.repair());
        return job.runNow(from, to, repair)
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new Conflict(
                        ErrorCode.CONCURRENT_MODIFICATION, "A reconciliation is running; try again later."));
    }

    private static void requireSupport() {
        if (!Callers.current().isSupport()) {
            throw new NonTransient(ErrorCode.FORBIDDEN, "Only support staff may run reconciliations.");
        }
    }
}
