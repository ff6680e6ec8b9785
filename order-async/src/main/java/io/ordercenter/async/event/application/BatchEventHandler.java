package io.ordercenter.async.event.application;

import io.ordercenter.async.event.domain.ReceivedEvent;
import java.util.List;

/**
 * A concern that applies events in batches (collected by size and by time), in its own consumer group
 * {@code oc-<concern>}. Offsets are committed only after a whole batch is applied. A {@link
 * io.ordercenter.contracts.failure.Transient} failure keeps the batch and retries it with backoff
 * while consumption pauses; the events of {@link Rejected} go to the dead-letter topic.
 */
public interface BatchEventHandler {

    String concern();

    /** Applies {@code batch} (in consumption order); returns the events that can never be applied. */
    List<Rejected> handle(List<ReceivedEvent> batch);

    /** An event of the batch that can never be applied, and why. */
    record Rejected(ReceivedEvent event, String reason) {}
}
