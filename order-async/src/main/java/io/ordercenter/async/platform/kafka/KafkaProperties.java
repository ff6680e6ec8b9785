package io.ordercenter.async.platform.kafka;

import io.ordercenter.contracts.Topics;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The event consumers' settings, {@code ordercenter.kafka.*}. Every field may be left out and then
 * takes the default named below.
 *
 * @param bootstrap Kafka bootstrap servers
 * @param topic the topic of state-change events (default {@code order-events})
 * @param deadLetterTopic where poison events go (default {@code order-events.dlt})
 * @param groupPrefix consumer groups are {@code <prefix><concern>} (default {@code oc-})
 * @param autoOffsetReset where a new group starts (default {@code earliest}: a new concern projects
 *     everything still on the topic)
 * @param pollTimeout longest wait of one poll (default 200 ms)
 * @param maxPollRecords records per poll (default 500)
 * @param maxAttempts attempts at a poison (non-transient) event before it is dead-lettered (default 3)
 * @param retryInitial first pause after a failure (default 200 ms); doubles up to {@code retryMax}
 * @param retryMax longest pause between retries (default 5 s)
 * @param batchSize events per batch of a batching concern (default 500)
 * @param batchDelay longest a batching concern holds an event before applying its batch (default 250 ms)
 * @param concerns per-concern switches and consumer counts, by concern name
 */
@ConfigurationProperties("ordercenter.kafka")
public record KafkaProperties(
        String bootstrap,
        String topic,
        String deadLetterTopic,
        String groupPrefix,
        String autoOffsetReset,
        Duration pollTimeout,
        Integer maxPollRecords,
        Integer maxAttempts,
        Duration retryInitial,
        Duration retryMax,
        Integer batchSize,
        Duration batchDelay,
        Map<String, Concern> concerns) {

    public KafkaProperties {
        bootstrap = bootstrap == null || bootstrap.isBlank() ? "127.0.0.1:19092" : bootstrap;
        topic = topic == null ? Topics.ORDER_EVENTS : topic;
        deadLetterTopic = deadLetterTopic == null ? Topics.ORDER_EVENTS_DLT : deadLetterTopic;
        groupPrefix = groupPrefix == null ? "oc-" : groupPrefix;
        autoOffsetReset = autoOffsetReset == null ? "earliest" : autoOffsetReset;
        pollTimeout = pollTimeout == null ? Duration.ofMillis(200) : pollTimeout;
        maxPollRecords = maxPollRecords == null ? 500 : maxPollRecords;
        maxAttempts = maxAttempts == null ? 3 : Math.max(1, maxAttempts);
        retryInitial = retryInitial == null ? Duration.ofMillis(200) : retryInitial;
        retryMax = retryMax == null ? Duration.ofSeconds(5) : retryMax;
        batchSize = batchSize == null ? 500 : Math.max(1, batchSize);
        batchDelay = batchDelay == null ? Duration.ofMillis(250) : batchDelay;
        concerns = concerns == null ? Map.of() : Map.copyOf(concerns);
    }

    /** The consumer group of a concern. */
    public String groupOf(String concern) {
        return groupPrefix + concern;
    }

    /** The settings of one concern (defaults: enabled, one consumer). */
    public Concern concern(String name) {
        return concerns.getOrDefault(name, new Concern(null, null));
    }

    /**
     * @param enabled whether the concern consumes at all (default true)
     * @param consumers consumers of the concern's group in this instance (default 1; partitions are
     *     shared among all consumers of all instances)
     */
    public record Concern(Boolean enabled, Integer consumers) {

        public Concern {
            enabled = enabled == null || enabled;
            consumers = consumers == null ? 1 : Math.max(1, consumers);
        }
    }
}
