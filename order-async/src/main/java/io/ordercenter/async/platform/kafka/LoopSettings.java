package io.ordercenter.async.platform.kafka;

import java.time.Duration;

/** How one consumer loop polls, retries and batches. */
record LoopSettings(
        String topic,
        String group,
        Duration pollTimeout,
        int maxAttempts,
        Duration retryInitial,
        Duration retryMax,
        int batchSize,
        Duration batchDelay) {

    static LoopSettings of(KafkaProperties properties, String concern) {
        return new LoopSettings(
                properties.topic(),
                properties.groupOf(concern),
                properties.pollTimeout(),
                properties.maxAttempts(),
                properties.retryInitial(),
                properties.retryMax(),
                properties.batchSize(),
                properties.batchDelay());
    }
}
