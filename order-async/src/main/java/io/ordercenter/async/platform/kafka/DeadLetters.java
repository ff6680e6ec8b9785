package io.ordercenter.async.platform.kafka;

import io.ordercenter.contracts.failure.Transient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Sends poison events to the dead-letter topic: same key and value, the original headers, and
 * headers saying where it came from, which group gave up, after how many attempts and why. Blocks
 * until Kafka acknowledged it, so the consumer commits past a poison event only once it is safe.
 */
public final class DeadLetters implements AutoCloseable {

    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    public static final String GROUP = "dlt-group";
    public static final String EXCEPTION = "dlt-exception";
    public static final String REASON = "dlt-reason";
    public static final String ATTEMPTS = "dlt-attempts";
    public static final String FAILED_AT = "dlt-failed-at";

    private static final int MAX_REASON = 2000;

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final Duration timeout;
    private final Clock clock;

    public DeadLetters(Producer<String, byte[]> producer, String topic, Duration timeout, Clock clock) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Dead-letters {@code record}.
     *
     * @throws Transient if Kafka did not acknowledge it in time (the caller retries later)
     */
    public void send(ConsumerRecord<String, byte[]> record, String group, Throwable error, int attempts) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topic, null, record.key(), record.value());
        Headers headers = letter.headers();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        add(headers, ORIGINAL_TOPIC, record.topic());
        add(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
        add(headers, GROUP, group);
        add(headers, EXCEPTION, error.getClass().getName());
        String reason = String.valueOf(error.getMessage());
        add(headers, REASON, reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
        add(headers, ATTEMPTS, Integer.toString(attempts));
        add(headers, FAILED_AT, clock.instant().toString());
        try {
            producer.send(letter).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Transient.dependencyUnavailable("kafka", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw Transient.dependencyUnavailable("kafka", e);
        }
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
