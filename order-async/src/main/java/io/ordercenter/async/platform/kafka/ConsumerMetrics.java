package io.ordercenter.async.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ordercenter.async.event.domain.ReceivedEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of one consumer of one concern: its consumer lag (records behind the end of its
 * partitions), the event lag (from the state change's commit, {@code occurredAt}, to the concern's
 * effect), and how many events were applied, retried and dead-lettered.
 */
public final class ConsumerMetrics {

    private final AtomicLong lag = new AtomicLong();
    private final Timer eventLag;
    private final Counter applied;
    private final Counter retried;
    private final Counter deadLettered;
    private final Clock clock;

    public ConsumerMetrics(MeterRegistry meters, String concern, String group, int consumer, Clock clock) {
        this.clock = clock;
        Gauge.builder("ordercenter.async.consumer.lag", lag, AtomicLong::get)
                .description("records this consumer's partitions are behind their end")
                .tag("concern", concern)
                .tag("group", group)
                .tag("consumer", Integer.toString(consumer))
                .register(meters);
        this.eventLag = Timer.builder("ordercenter.async.event.lag")
                .description("time from a state change's commit to this concern's effect")
                .tag("concern", concern)
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.applied = counter(meters, concern, "applied");
        this.retried = counter(meters, concern, "retried");
        this.deadLettered = counter(meters, concern, "dead_lettered");
    }

    private static Counter counter(MeterRegistry meters, String concern, String outcome) {
        return Counter.builder("ordercenter.async.events")
                .description("events handled by a concern, by outcome")
                .tag("concern", concern)
                .tag("outcome", outcome)
                .register(meters);
    }

    void lag(long records) {
        lag.set(records);
    }

    void applied(ReceivedEvent event) {
        applied.increment();
        Duration behind = Duration.between(event.event().occurredAt(), clock.instant());
        eventLag.record(behind.isNegative() ? Duration.ZERO : behind);
    }

    void retried() {
        retried.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }
}
