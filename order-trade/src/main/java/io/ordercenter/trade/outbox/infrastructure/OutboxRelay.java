package io.ordercenter.trade.outbox.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ordercenter.sharding.config.PhysicalDatabases;
import io.ordercenter.sharding.mybatis.OutboxRow;
import io.ordercenter.sharding.routing.ShardRouting;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Relays outbox rows to Kafka: at least once, in insertion order per database and so in version
 * order per order.
 *
 * <p>One thread per database. Before relaying a database an instance takes that database's
 * {@code GET_LOCK} on a connection it keeps, so across all instances exactly one relays each
 * database and two relays never interleave one order's events. A row is marked published only after
 * Kafka acknowledged it (idempotent producer, acks=all): a crash between the two re-sends it, and
 * consumers drop the duplicate by (order id, version). With Kafka down rows simply wait.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRows store;
    private final PhysicalDatabases databases;
    private final Producer<String, byte[]> producer;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Timer lag;
    private final AtomicLong published = new AtomicLong();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    OutboxRelay(
            OutboxRows store,
            PhysicalDatabases databases,
            Producer<String, byte[]> producer,
            OutboxProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.store = store;
        this.databases = databases;
        this.producer = producer;
        this.properties = properties;
        this.clock = clock;
        this.lag = Timer.builder("ordercenter.outbox.lag")
                .description("time from a state change's commit to Kafka's acknowledgement of its event")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        meters.gauge("ordercenter.outbox.published", published);
    }

    @Override
    public void start() {
        running = true;
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            int database = db;
            Thread worker = new Thread(() -> relayLoop(database), "outbox-relay-" + db);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread worker : workers) {
            worker.interrupt();
        }
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server and data sources stop, so in-flight relaying ends cleanly. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void relayLoop(int database) {
        String lockName = "ordercenter_outbox_relay_" + database;
        while (running) {
            try (Connection lockHolder = databases.database(database).getConnection()) {
                if (!tryLock(lockHolder, lockName)) {
                    pause(properties.failureBackoff());
                    continue;
                }
                while (running && lockHolder.isValid(1)) {
                    int sent = relayOnce(database);
                    pause(sent == 0 ? properties.idlePoll() : properties.busyPoll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    log.warn("outbox relay of database {} failed, retrying: {}", database, e.toString());
                    try {
                        pause(properties.failureBackoff());
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    /** Sends one batch of one database; returns how many rows it published. */
    int relayOnce(int database) throws Exception {
        List<OutboxRow> rows = store.unpublished(database, properties.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                    row.topic(), Long.toString(row.orderId()), row.payload().getBytes(StandardCharsets.UTF_8));
            record.headers().add("eventId", row.eventId().getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> ack = producer.send(record);
            acks.add(ack);
            if (ack.isDone() && failed(ack)) {
                // refused before it left (e.g. no metadata while Kafka is down): sending the rows after
                // it could put a later version of the same order into the log first
                break;
            }
        }
        producer.flush();
        List<Long> done = new ArrayList<>(rows.size());
        Exception failure = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
                done.add(rows.get(i).id());
            } catch (Exception e) {
                failure = e;
                break; // later rows are re-sent with this one: order is kept, duplicates are harmless
            }
        }
        Instant now = clock.instant();
        store.markPublished(database, done, now);
        published.addAndGet(done.size());
        for (int i = 0; i < done.size(); i++) {
            lag.record(Duration.between(rows.get(i).createdAt(), now));
        }
        if (failure != null) {
            throw failure;
        }
        return done.size();
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(1, duration.toMillis()));
    }
}
