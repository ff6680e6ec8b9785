package io.ordercenter.async.platform.kafka;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.contracts.failure.Transient;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
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
 * Applies events one at a time, partition by partition in offset order. After a failure it rewinds
 * every partition of the poll to its first event not yet done and waits before polling again: a
 * transient failure is retried without limit, a poison event {@code maxAttempts} times before it is
 * dead-lettered and the partition moves on.
 */
final class RecordConsumerLoop extends ConsumerLoop {

    private static final Logger log = LoggerFactory.getLogger(RecordConsumerLoop.class);

    private final EventHandler handler;
    private final Map<String, Integer> attempts = new HashMap<>();

    RecordConsumerLoop(
            EventHandler handler,
            Consumer<String, byte[]> consumer,
            LoopSettings settings,
            EventCodec codec,
            DeadLetters deadLetters,
            ConsumerMetrics metrics,
            Clock clock) {
        super(handler.concern(), consumer, settings, codec, deadLetters, metrics, clock);
        this.handler = handler;
    }

    private enum Step {
        DONE,
        AGAIN
    }

    @Override
    protected void polled(ConsumerRecords<String, byte[]> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean again = false;
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
            if (again) {
                consumer.seek(partition, inPartition.get(0).offset());
                continue;
            }
            for (ConsumerRecord<String, byte[]> record : inPartition) {
                if (!running() || process(record) == Step.AGAIN) {
                    consumer.seek(partition, record.offset());
                    again = true;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        commit(done);
        if (again && running()) {
            backOff();
        } else if (!again) {
            resetBackoff();
        }
    }

    private Step process(ConsumerRecord<String, byte[]> record) {
        String key = record.partition() + "@" + record.offset();
        ReceivedEvent event;
        try {
            event = decode(record);
        } catch (EventCodec.PoisonEvent poison) {
            return deadLetterOrRetry(record, poison, 1, key);
        }
        try {
            handler.handle(event);
            attempts.remove(key);
            metrics.applied(event);
            return Step.DONE;
        } catch (Transient e) {
            log.warn(
                    "{}: {} v{} waits for a dependency: {}",
                    settings.group(),
                    event.orderId(),
                    event.version(),
                    e.getMessage());
            return Step.AGAIN;
        } catch (RuntimeException e) {
            int attempt = attempts.merge(key, 1, Integer::sum);
            if (attempt < settings.maxAttempts()) {
                log.warn(
                        "{}: {} v{} failed (attempt {} of {}): {}",
                        settings.group(),
                        event.orderId(),
                        event.version(),
                        attempt,
                        settings.maxAttempts(),
                        e.toString());
                return Step.AGAIN;
            }
            return deadLetterOrRetry(record, e, attempt, key);
        }
    }

    private Step deadLetterOrRetry(ConsumerRecord<String, byte[]> record, Throwable error, int attempt, String key) {
        try {
            deadLetter(record, error, attempt);
            attempts.remove(key);
            return Step.DONE;
        } catch (Transient e) {
            log.warn("{}: the dead-letter topic is unavailable, retrying: {}", settings.group(), e.getMessage());
            return Step.AGAIN;
        }
    }

    @Override
    protected void revoked(Collection<TopicPartition> partitions) {
        attempts.clear();
    }
}
