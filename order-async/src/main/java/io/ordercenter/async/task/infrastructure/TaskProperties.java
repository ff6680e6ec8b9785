package io.ordercenter.async.task.infrastructure;

import io.ordercenter.async.task.domain.Backoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delayed-task workers, {@code ordercenter.tasks.*}. Every field may be left out.
 *
 * @param enabled whether this instance runs delayed work (default true)
 * @param pollInterval how often each database is asked for due tasks (default 1 s: tasks run within a
 *     few seconds of falling due)
 * @param lease how long a claimed task is held before another worker may take it (default 60 s; far
 *     longer than one attempt, which each dependency's time limit bounds)
 * @param batchSize tasks claimed at once per database (default 50)
 * @param workers threads running tasks (default 8)
 * @param retryInitial backoff after the first failed attempt (default 5 s)
 * @param retryMax longest backoff (default 10 min)
 * @param jitter random share of each backoff (default 0.5)
 * @param maxAttempts attempts at a task failing unexpectedly (not for lack of a dependency) before it
 *     is given up; refunds are never given up for that (default 50)
 * @param refundAlertAfterAttempts failed attempts after which a refund raises the alert (default 5)
 * @param metricsInterval how often the alert gauge is recounted and finished tasks purged (default 15 s)
 * @param purgeDoneAfter how long finished tasks are kept (default 7 days)
 */
@ConfigurationProperties("ordercenter.tasks")
public record TaskProperties(
        Boolean enabled,
        Duration pollInterval,
        Duration lease,
        Integer batchSize,
        Integer workers,
        Duration retryInitial,
        Duration retryMax,
        Double jitter,
        Integer maxAttempts,
        Integer refundAlertAfterAttempts,
        Duration metricsInterval,
        Duration purgeDoneAfter) {

    public TaskProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        batchSize = batchSize == null ? 50 : Math.max(1, batchSize);
        workers = workers == null ? 8 : Math.max(1, workers);
        retryInitial = retryInitial == null ? Duration.ofSeconds(5) : retryInitial;
        retryMax = retryMax == null ? Duration.ofMinutes(10) : retryMax;
        jitter = jitter == null ? 0.5 : jitter;
        maxAttempts = maxAttempts == null ? 50 : Math.max(1, maxAttempts);
        refundAlertAfterAttempts = refundAlertAfterAttempts == null ? 5 : Math.max(1, refundAlertAfterAttempts);
        metricsInterval = metricsInterval == null ? Duration.ofSeconds(15) : metricsInterval;
        purgeDoneAfter = purgeDoneAfter == null ? Duration.ofDays(7) : purgeDoneAfter;
    }

    public Backoff backoff() {
        return new Backoff(retryInitial, retryMax, jitter);
    }
}
