package io.ordercenter.async.platform.kafka;

import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.contracts.failure.Transient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll loop of one consumer of one concern's group, on its own thread. Offsets are committed
 * manually, only for events whose effect is done (applied or dead-lettered): after a crash the
 * uncommitted rest comes again, and the concerns are idempotent. A transient failure pauses the
 * consumer and retries the same events with exponential backoff; nothing is skipped.
 */
abstract class ConsumerLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);

    protected final String concern;
    protected final Consumer<String, byte[]> consumer;
    protected final LoopSettings settings;
    protected final EventCodec codec;
    protected final DeadLetters deadLetters;
    protected final ConsumerMetrics metrics;
    protected final Clock clock;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private Duration backoff;

    ConsumerLoop(
            String concern,
            Consumer<String, byte[]> consumer,
            LoopSettings settings,
            EventCodec codec,
            DeadLetters deadLetters,
            ConsumerMetrics metrics,
            Clock clock) {
        this.concern = concern;
        this.consumer = consumer;
        this.settings = settings;
        this.codec = codec;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
        this.backoff = settings.retryInitial();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(settings.topic()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    revoked(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    log.debug("{}: assigned {}", settings.group(), partitions);
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    revoked(partitions);
                }
            });
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> records = consumer.poll(settings.pollTimeout());
                    metrics.lag(lag());
                    polled(records);
                } catch (WakeupException | InterruptException e) {
                    if (running) {
                        log.warn("{}: woken up while running; continuing", settings.group());
                    }
                } catch (RuntimeException e) {
                    log.error("{}: consumer loop failed, retrying after backoff", settings.group(), e);
                    backOff();
                }
            }
            closing();
        } catch (RuntimeException e) {
            log.error("{}: consumer loop ended", settings.group(), e);
        } finally {
            try {
                consumer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.warn("{}: closing the consumer failed: {}", settings.group(), e.toString());
            }
            stopped.countDown();
        }
    }

    /** Asks the loop to finish the event in hand, commit and leave the group. */
    void stop() {
        running = false;
        stopRequested.countDown();
        consumer.wakeup();
    }

    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    protected boolean running() {
        return running;
    }

    /** Handles what one poll returned (possibly nothing). */
    protected abstract void polled(ConsumerRecords<String, byte[]> records);

    /** Forgets whatever is held for partitions this consumer no longer owns (nothing of it was committed). */
    protected abstract void revoked(Collection<TopicPartition> partitions);

    /** Last chance to finish held work before the consumer closes. */
    protected void closing() {}

    /** The event in {@code record}; throws {@link EventCodec.PoisonEvent} if it is not one. */
    protected ReceivedEvent decode(ConsumerRecord<String, byte[]> record) {
        return codec.decode(record.value());
    }

    /** Dead-letters {@code record}; throws {@link Transient} if Kafka did not take it. */
    protected void deadLetter(ConsumerRecord<String, byte[]> record, Throwable error, int attempts) {
        deadLetters.send(record, settings.group(), error, attempts);
        metrics.deadLettered();
        log.warn(
                "{}: dead-lettered {}-{}@{} after {} attempt(s): {}",
                settings.group(),
                record.topic(),
                record.partition(),
                record.offset(),
                attempts,
                error.toString());
    }

    /** Commits {@code offsets} synchronously; a commit lost to a rebalance only means those events come again. */
    protected void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            commitOnce(offsets);
        } catch (WakeupException e) {
            commitOnce(offsets); // woken by stop(): the wake-up is spent, commit what is done
        }
    }

    private void commitOnce(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets, Duration.ofSeconds(10));
        } catch (CommitFailedException | RebalanceInProgressException e) {
            log.info(
                    "{}: commit lost to a rebalance, those events will come again: {}", settings.group(), e.toString());
        }
    }

    /** Waits the current backoff (cut short by stop()) and doubles it, up to the maximum. */
    protected void backOff() {
        metrics.retried();
        try {
            stopRequested.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : doubled;
    }

    protected void resetBackoff() {
        backoff = settings.retryInitial();
    }

    private long lag() {
        long total = 0;
        try {
            for (TopicPartition partition : consumer.assignment()) {
                OptionalLong partitionLag = consumer.currentLag(partition);
                if (partitionLag.isPresent()) {
                    total += partitionLag.getAsLong();
                }
            }
        } catch (RuntimeException e) {
            return 0;
        }
        return total;
    }
}
