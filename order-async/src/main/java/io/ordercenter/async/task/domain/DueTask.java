package io.ordercenter.async.task.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A delayed task that fell due and is now held by this worker.
 *
 * @param ref the task's key within the order (the refund id of a refund retry), or {@code null}
 * @param attempt which attempt this is (1 for the first)
 * @param dueAt when it fell due
 */
public record DueTask(long id, TaskKind kind, long orderId, String ref, int attempt, Instant dueAt) {

    public DueTask {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
