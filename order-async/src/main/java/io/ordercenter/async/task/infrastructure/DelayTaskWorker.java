package io.ordercenter.async.task.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ordercenter.async.task.application.TaskHandler;
import io.ordercenter.async.task.domain.Backoff;
import io.ordercenter.async.task.domain.DueTask;
import io.ordercenter.async.task.domain.TaskKind;
import io.ordercenter.async.task.domain.TaskOutcome;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.sharding.mybatis.DelayTaskKind;
import io.ordercenter.sharding.mybatis.DelayTaskRow;
import io.ordercenter.sharding.mybatis.DelayTaskStore;
import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs due delayed tasks. One poller per database claims due tasks ({@link DelayTaskStore}: {@code
 * FOR UPDATE SKIP LOCKED} on the {@code (status, due_at)} index, then a lease), hands them to the
 * worker pool, and records each outcome under the claim's fencing token: done, rescheduled with
 * exponential backoff and jitter, or dead. Tasks live in the database only, so a restart of any
 * process loses nothing: a task held by a dead worker falls due again when its lease ends. Instances
 * share the work without coordination.
 *
 * <p>Refunds that keep failing raise an alert: {@code ordercenter.refund.retry.alerting} counts the
 * refund tasks still pending after {@code refundAlertAfterAttempts} attempts.
 */
public final class DelayTaskWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DelayTaskWorker.class);

    private final DelayTaskStore store;
    private final Map<TaskKind, TaskHandler> handlers = new EnumMap<>(TaskKind.class);
    private final TaskProperties properties;
    private final Backoff backoff;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicLong refundsAlerting = new AtomicLong();
    private final Counter refundFailures;
    private final Counter refundsDead;
    private ScheduledExecutorService pollers;
    private ExecutorService workers;
    private volatile boolean running;

    public DelayTaskWorker(
            DelayTaskStore store,
            List<TaskHandler> handlers,
            TaskProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
        this.properties = properties;
        this.backoff = properties.backoff();
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("ordercenter.refund.retry.alerting", refundsAlerting, AtomicLong::get)
                .description("refunds still not confirmed by the channel after the alert threshold of attempts")
                .register(meters);
        this.refundFailures = Counter.builder("ordercenter.refund.retry.failures")
                .description("failed refund attempts (each is retried with backoff)")
                .register(meters);
        this.refundsDead = Counter.builder("ordercenter.refund.retry.dead")
                .description("refunds given up because they can never succeed (need a person)")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        AtomicInteger threadNo = new AtomicInteger();
        pollers = Executors.newScheduledThreadPool(ShardRouting.DATABASES + 1, r -> {
            Thread t = new Thread(r, "delay-task-poller-" + threadNo.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        workers = Executors.newFixedThreadPool(properties.workers(), r -> {
            Thread t = new Thread(r, "delay-task-worker-" + threadNo.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        running = true;
        long interval = properties.pollInterval().toMillis();
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            int database = db;
            pollers.scheduleWithFixedDelay(() -> drain(database), 0, interval, TimeUnit.MILLISECONDS);
        }
        pollers.scheduleWithFixedDelay(
                this::housekeeping, 0, properties.metricsInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (pollers == null) {
            return;
        }
        pollers.shutdown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(20, TimeUnit.SECONDS)) {
                workers.shutdownNow(); // held tasks fall due again when their leases end
            }
            pollers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    /** Claims and runs due tasks of one database until none is due. */
    void drain(int database) {
        try {
            while (running) {
                List<DelayTaskRow> claimed =
                        store.claimDue(database, clock.instant(), properties.lease(), properties.batchSize());
                if (claimed.isEmpty()) {
                    return;
                }
                List<Callable<Void>> runs = new ArrayList<>(claimed.size());
                for (DelayTaskRow row : claimed) {
                    runs.add(() -> {
                        run(database, row);
                        return null;
                    });
                }
                workers.invokeAll(runs, properties.lease().toMillis(), TimeUnit.MILLISECONDS);
                if (claimed.size() < properties.batchSize()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("delayed tasks of ds_{} not claimed, trying again shortly: {}", database, e.toString());
        }
    }

    /** Runs one claimed task and records its outcome. */
    void run(int database, DelayTaskRow row) {
        TaskKind kind = TaskKind.valueOf(row.kind().name());
        DueTask task = new DueTask(row.id(), kind, row.orderId(), row.ref(), row.attempts(), row.dueAt());
        Instant started = clock.instant();
        if (row.attempts() == 1) {
            Timer.builder("ordercenter.tasks.delay")
                    .description("how late a delayed task first ran after falling due")
                    .tag("kind", kind.name())
                    .register(meters)
                    .record(positive(Duration.between(row.dueAt(), started)));
        }
        TaskOutcome outcome = attempt(task, kind);
        Instant now = clock.instant();
        try {
            if (outcome instanceof TaskOutcome.Done) {
                store.markDone(database, row, now);
            } else if (outcome instanceof TaskOutcome.RetryLater retry) {
                Duration delay = backoff.delayAfter(row.attempts(), ThreadLocalRandom.current()::nextDouble);
                store.reschedule(database, row, now.plus(delay), retry.note(), now);
                if (kind == TaskKind.REFUND_RETRY) {
                    refundFailed(row, retry.note(), delay);
                }
            } else {
                store.markDead(database, row, outcome.note(), now);
                log.error("gave up {} task {} of order {}: {}", kind, row.id(), row.orderId(), outcome.note());
                if (kind == TaskKind.REFUND_RETRY) {
                    refundsDead.increment();
                }
            }
        } catch (RuntimeException e) {
            log.warn(
                    "outcome of {} task {} not recorded; it runs again after its lease: {}",
                    kind,
                    row.id(),
                    e.toString());
        }
        Counter.builder("ordercenter.tasks.runs")
                .description("attempts at delayed tasks, by kind and outcome")
                .tag("kind", kind.name())
                .tag("outcome", outcome.getClass().getSimpleName())
                .register(meters)
                .increment();
    }

    private TaskOutcome attempt(DueTask task, TaskKind kind) {
        TaskHandler handler = handlers.get(kind);
        if (handler == null) {
            return TaskOutcome.retryLater("no handler for " + kind + " in this instance");
        }
        try {
            return handler.run(task);
        } catch (Transient e) {
            return TaskOutcome.retryLater(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("{} task {} of order {} failed: {}", kind, task.id(), task.orderId(), e.toString());
            if (kind != TaskKind.REFUND_RETRY && task.attempt() >= properties.maxAttempts()) {
                return TaskOutcome.giveUp(e.toString());
            }
            return TaskOutcome.retryLater(e.toString());
        }
    }

    private void refundFailed(DelayTaskRow row, String reason, Duration delay) {
        refundFailures.increment();
        if (row.attempts() >= properties.refundAlertAfterAttempts()) {
            log.error(
                    "refund {} of order {} still not confirmed after {} attempts (next in {}): {}",
                    row.ref(),
                    row.orderId(),
                    row.attempts(),
                    delay,
                    reason);
        }
    }

    /** Recounts the refund alert and purges old finished tasks. */
    void housekeeping() {
        try {
            long alerting = 0;
            for (int db = 0; db < ShardRouting.DATABASES; db++) {
                alerting += store.countPending(db, DelayTaskKind.REFUND_RETRY, properties.refundAlertAfterAttempts());
            }
            refundsAlerting.set(alerting);
            Instant before = clock.instant().minus(properties.purgeDoneAfter());
            for (int db = 0; db < ShardRouting.DATABASES; db++) {
                store.purgeDone(db, before, 1000);
            }
        } catch (RuntimeException e) {
            log.warn("delayed-task housekeeping failed: {}", e.toString());
        }
    }

    /** Recounts the refund alert now (tests, admin). */
    public long refreshRefundAlert() {
        housekeeping();
        return refundsAlerting.get();
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
