package io.ordercenter.async.task.application;

import io.ordercenter.async.task.domain.DueTask;
import io.ordercenter.async.task.domain.TaskKind;
import io.ordercenter.async.task.domain.TaskOutcome;

/**
 * Runs one kind of delayed task. A task may run more than once (a worker can die after the effect and
 * before marking it done), so a handler must be idempotent. A {@link
 * io.ordercenter.contracts.failure.Transient} failure means "retry later".
 */
public interface TaskHandler {

    TaskKind kind();

    TaskOutcome run(DueTask task);
}
