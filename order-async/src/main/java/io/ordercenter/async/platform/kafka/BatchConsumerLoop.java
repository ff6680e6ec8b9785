package io.ordercenter.async.platform.kafka;

import io.ordercenter.async.event.application.BatchEventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.contracts.failure.Transient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects events into a batch and applies it when it holds {@code batchSize} events or its oldest
 * event has waited {@code batchDelay}; then commits the batch's offsets. While a batch cannot be
 * applied (its dependency is down) the consumer pauses its partitions, keeps the batch and retries
 * it with backoff, and resumes where it left off once the batch is through. A batch that fails for
 * another reason is retried one event at a time, so only the poison event is dead-lettered.
 */
final class BatchConsumerLoop extends ConsumerLoop {

    private static final Logger log = LoggerFactory.getLogger(BatchConsumerLoop.class);

    /** A consumed record and its event, or the reason it is not one. */
    private record Pending(ConsumerRecord<String, byte[]> record, ReceivedEvent event, RuntimeException poison) {}

    private final BatchEventHandler handler;
    private final List<Pending> buffer = new ArrayList<>();
    private Instant bufferedSince;
    private boolean paused;
    private boolean oneByOne;
    private int singleAttempts;

    BatchConsumerLoop(
            BatchEventHandler handler,
            Consumer<String, byte[]> consumer,
            LoopSettings settings,
            EventCodec codec,
            DeadLetters deadLetters,
            ConsumerMetrics metrics,
            Clock clock) {
        super(handler.concern(), consumer, settings, codec, deadLetters, metrics, clock);
        this.handler = handler;
    }

    @Override
    protected void polled(ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                buffer.add(new Pending(record, decode(record), null));
            } catch (EventCodec.PoisonEvent poison) {
                buffer.add(new Pending(record, null, poison));
            }
            if (bufferedSince == null) {
                bufferedSince = clock.instant();
            }
        }
        if (buffer.isEmpty()) {
            return;
        }
        boolean full = buffer.size() >= settings.batchSize();
        boolean due = !Duration.between(bufferedSince, clock.instant())
                .minus(settings.batchDelay())
                .isNegative();
        if (full || due || paused) {
            flush();
        }
    }

    /** Applies the held batch (or, isolating a poison event, its first event); false if it must wait. */
    private boolean flush() {
        while (!buffer.isEmpty() && running()) {
            List<Pending> chunk = oneByOne ? List.copyOf(buffer.subList(0, 1)) : List.copyOf(buffer);
            try {
                apply(chunk);
            } catch (Transient e) {
                log.warn("{}: batch of {} waits for a dependency: {}", settings.group(), chunk.size(), e.getMessage());
                pause();
                backOff();
                return false;
            } catch (RuntimeException e) {
                if (!oneByOne) {
                    log.warn(
                            "{}: batch of {} failed, applying it one event at a time: {}",
                            settings.group(),
                            chunk.size(),
                            e.toString());
                    oneByOne = true;
                    singleAttempts = 0;
                    pause();
                    continue;
                }
                singleAttempts++;
                if (singleAttempts < settings.maxAttempts()) {
                    pause();
                    backOff();
                    return false;
                }
                try {
                    deadLetter(chunk.get(0).record(), e, singleAttempts);
                } catch (Transient unavailable) {
                    pause();
                    backOff();
                    return false;
                }
                singleAttempts = 0;
            }
            done(chunk);
            if (!oneByOne) {
                break;
            }
        }
        if (buffer.isEmpty()) {
            oneByOne = false;
            bufferedSince = null;
            resume();
            resetBackoff();
        }
        return true;
    }

    /** Applies {@code chunk} and dead-letters what it cannot apply; throws if the chunk must be retried. */
    private void apply(List<Pending> chunk) {
        List<ReceivedEvent> events = new ArrayList<>();
        for (Pending pending : chunk) {
            if (pending.event() != null) {
                events.add(pending.event());
            }
        }
        List<BatchEventHandler.Rejected> rejected = events.isEmpty() ? List.of() : handler.handle(events);
        Map<ReceivedEvent, String> reasons = new IdentityHashMap<>();
        for (BatchEventHandler.Rejected rejection : rejected) {
            reasons.put(rejection.event(), rejection.reason());
        }
        for (Pending pending : chunk) {
            if (pending.poison() != null) {
                deadLetter(pending.record(), pending.poison(), 1);
            } else if (reasons.containsKey(pending.event())) {
                deadLetter(pending.record(), new IllegalArgumentException(reasons.get(pending.event())), 1);
            } else {
                metrics.applied(pending.event());
            }
        }
    }

    /** Drops a finished chunk (a prefix of the buffer) and commits its offsets. */
    private void done(List<Pending> chunk) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (Pending pending : chunk) {
            ConsumerRecord<String, byte[]> record = pending.record();
            offsets.put(
                    new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        buffer.subList(0, chunk.size()).clear();
        commit(offsets);
    }

    private void pause() {
        if (!paused) {
            consumer.pause(consumer.assignment());
            paused = true;
        }
    }

    private void resume() {
        if (paused) {
            consumer.resume(consumer.paused());
            paused = false;
        }
    }

    @Override
    protected void revoked(Collection<TopicPartition> partitions) {
        buffer.removeIf(pending -> partitions.contains(
                new TopicPartition(pending.record().topic(), pending.record().partition())));
        if (buffer.isEmpty()) {
            bufferedSince = null;
            oneByOne = false;
            paused = false;
        }
    }

    @Override
    protected void closing() {
        if (!buffer.isEmpty()) {
            try {
                List<Pending> chunk = List.copyOf(buffer);
                apply(chunk);
                done(chunk);
            } catch (RuntimeException e) {
                log.info(
                        "{}: {} held events not applied at shutdown; they come again", settings.group(), buffer.size());
            }
        }
    }
}
