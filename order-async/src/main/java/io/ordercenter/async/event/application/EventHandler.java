package io.ordercenter.async.event.application;

import io.ordercenter.async.event.domain.ReceivedEvent;

/**
 * One concern that reacts to every event, one at a time, in per-order (partition) order, in its own
 * consumer group {@code oc-<concern>}. The offset of an event is committed only after {@link
 * #handle} returned, so a handler must be idempotent: after a crash the same event comes again.
 *
 * <p>A {@link io.ordercenter.contracts.failure.Transient} failure (a dependency is down) stops the
 * concern and retries the same event with backoff until it succeeds: nothing is skipped. Any other
 * failure is poison: after a bounded number of attempts the event goes to the dead-letter topic with
 * the error and the partition moves on.
 */
public interface EventHandler {

    /** The concern's name: {@code shop-copy}, {@code push}, ... */
    String concern();

    void handle(ReceivedEvent event);
}
