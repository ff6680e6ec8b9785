package io.ordercenter.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Every record of {@code order-events} from the moment it is opened, as the cluster's Kafka hands it
 * out: a consumer outside any group on all partitions, polling on its own thread, noting per order each
 * record's version, type, event id and when this JVM saw it.
 */
final class OrderEventLog implements AutoCloseable {

    /** One record as seen: {@code seenAtMillis} is this JVM's wall clock when the poll returned it. */
    record Seen(String orderId, long version, String type, String eventId, long seenAtMillis) {}

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, List<Seen>> byOrder = new ConcurrentHashMap<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread poller;
    private volatile boolean running = true;

    private OrderEventLog(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(ClusterClient.TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30))); // fixes "now" before returning
        poller = new Thread(this::pollLoop, "order-event-log");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts reading at the current end of every partition of {@code order-events}. */
    static OrderEventLog fromNow(String bootstrap) {
        return new OrderEventLog(bootstrap);
    }

    private void pollLoop() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<String, String> record : records) {
                    JsonNode event = ClusterClient.JSON.readTree(record.value());
                    var header = record.headers().lastHeader("eventId");
                    String eventId = header == null
                            ? event.path("eventId").asString()
                            : new String(header.value(), StandardCharsets.UTF_8);
                    String orderId = event.path("orderId").asString();
                    byOrder.computeIfAbsent(orderId, k -> new CopyOnWriteArrayList<>())
                            .add(new Seen(
                                    orderId,
                                    event.path("version").asLong(),
                                    event.path("type").asString(),
                                    eventId,
                                    now));
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (Throwable e) {
            failure.set(e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The records of one order in the order they were read (Kafka keeps one order on one partition). */
    List<Seen> of(String orderId) {
        checkHealthy();
        return List.copyOf(byOrder.getOrDefault(orderId, List.of()));
    }

    /** The first record of {@code orderId} at {@code version}, if seen. */
    Optional<Seen> first(String orderId, long version) {
        return of(orderId).stream().filter(s -> s.version() == version).findFirst();
    }

    /** Waits until every order of {@code orderIds} has a record of {@code type}; returns those missing at the end. */
    List<String> awaitType(Collection<String> orderIds, String type, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<String> missing = new ArrayList<>(orderIds);
        while (true) {
            missing.removeIf(id -> of(id).stream().anyMatch(s -> s.type().equals(type)));
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                return missing;
            }
            Thread.sleep(200);
        }
    }

    /**
     * The versions of an order in the order their FIRST record was read; a re-sent record (the relay
     * publishes at least once) does not count again.
     */
    static List<Long> firstAppearances(List<Seen> seen) {
        List<Long> versions = new ArrayList<>();
        for (Seen s : seen) {
            if (!versions.contains(s.version())) {
                versions.add(s.version());
            }
        }
        return versions;
    }

    private void checkHealthy() {
        if (failure.get() != null) {
            throw new IllegalStateException("reading order-events failed", failure.get());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }
}
