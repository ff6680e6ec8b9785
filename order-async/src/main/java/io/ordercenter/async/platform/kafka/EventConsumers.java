package io.ordercenter.async.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.async.event.application.BatchEventHandler;
import io.ordercenter.async.event.application.EventHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every enabled concern's consumers, each on its own thread with its own {@link KafkaConsumer}
 * in the concern's own group: a slow or failing concern never delays another. Starts last and stops
 * first, so in-flight events finish (or are handed back uncommitted) before the data sources close.
 */
public final class EventConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    private final KafkaProperties properties;
    private final List<EventHandler> handlers;
    private final List<BatchEventHandler> batchHandlers;
    private final EventCodec codec;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public EventConsumers(
            KafkaProperties properties,
            List<EventHandler> handlers,
            List<BatchEventHandler> batchHandlers,
            EventCodec codec,
            DeadLetters deadLetters,
            MeterRegistry meters,
            Clock clock) {
        this.properties = properties;
        this.handlers = List.copyOf(handlers);
        this.batchHandlers = List.copyOf(batchHandlers);
        this.codec = codec;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        for (EventHandler handler : handlers) {
            KafkaProperties.Concern concern = properties.concern(handler.concern());
            if (!concern.enabled()) {
                log.info("concern {} is disabled", handler.concern());
                continue;
            }
            for (int i = 0; i < concern.consumers(); i++) {
                LoopSettings settings = LoopSettings.of(properties, handler.concern());
                launch(new RecordConsumerLoop(
                        handler,
                        consumer(handler.concern(), i, properties.maxPollRecords()),
                        settings,
                        codec,
                        deadLetters,
                        metrics(handler.concern(), i),
                        clock));
            }
        }
        for (BatchEventHandler handler : batchHandlers) {
            KafkaProperties.Concern concern = properties.concern(handler.concern());
            if (!concern.enabled()) {
                log.info("concern {} is disabled", handler.concern());
                continue;
            }
            for (int i = 0; i < concern.consumers(); i++) {
                LoopSettings settings = LoopSettings.of(properties, handler.concern());
                launch(new BatchConsumerLoop(
                        handler,
                        consumer(handler.concern(), i, Math.max(properties.maxPollRecords(), properties.batchSize())),
                        settings,
                        codec,
                        deadLetters,
                        metrics(handler.concern(), i),
                        clock));
            }
        }
        running = true;
    }

    private void launch(ConsumerLoop loop) {
        Thread thread = new Thread(loop, "oc-" + loop.concern + "-" + threads.size());
        thread.setDaemon(false);
        loops.add(loop);
        threads.add(thread);
        thread.start();
    }

    private ConsumerMetrics metrics(String concern, int index) {
        return new ConsumerMetrics(meters, concern, properties.groupOf(concern), index, clock);
    }

    private Consumer<String, byte[]> consumer(String concern, int index, int maxPollRecords) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupOf(concern));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "order-async-" + instance + "-" + concern + "-" + index);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, properties.autoOffsetReset());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    @Override
    public synchronized void stop() {
        running = false;
        loops.forEach(ConsumerLoop::stop);
        for (ConsumerLoop loop : loops) {
            try {
                if (!loop.awaitStopped(Duration.ofSeconds(20))) {
                    log.warn("consumer of {} did not stop in time", loop.concern);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        loops.clear();
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after, and stops before, everything the concerns use. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
