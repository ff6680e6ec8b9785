package io.ordercenter.async.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.async.OrderAsyncApplication;
import io.ordercenter.async.platform.kafka.EventCodec;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.SearchIndex;
import io.ordercenter.contracts.Topics;
import io.ordercenter.deploy.stack.Ports;
import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.mybatis.DelayTaskMapper;
import io.ordercenter.sharding.mybatis.DelayTaskStore;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import io.ordercenter.sharding.mybatis.TimelineRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole service on the shared test stack (real MariaDB, Redis, Kafka, Elasticsearch), one Spring
 * context for every integration test of the module; HTTP dependencies are {@link StubServices}.
 * Events are produced to the real {@code order-events} topic as order-trade's outbox relay would.
 * Every test uses fresh ids: the stack is shared by the whole build.
 */
@SpringBootTest(classes = OrderAsyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class AsyncIT {

    protected static final Duration WAIT = Duration.ofSeconds(45);
    protected static final StubServices STUBS = StubServices.start();
    /** A port nothing listens on: the first of the two order-trade instances the service is given. */
    private static final int DEAD_TRADE_PORT = Ports.free();

    private static final int PARTITIONS = 12;
    private static KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackEndpoints endpoints = TestStack.endpoints();
        for (int db = 0; db < 4; db++) {
            int index = db;
            registry.add("ordercenter.sharding.jdbc-urls[" + db + "]", () -> endpoints.jdbcUrl(index));
        }
        registry.add("ordercenter.sharding.username", endpoints::mysqlUser);
        registry.add("ordercenter.sharding.password", endpoints::mysqlPassword);
        registry.add("ordercenter.redis.nodes", () -> endpoints.redisHost() + ":" + endpoints.redisPort());
        registry.add("ordercenter.redis.cluster", () -> "false");
        registry.add("ordercenter.kafka.bootstrap", endpoints::kafkaBootstrap);
        registry.add("ordercenter.search.urls", endpoints::elasticsearchUrl);
        registry.add("ordercenter.dependencies.simulator-url", STUBS::url);
        // a dead first instance: every call that the load balancer sends there is retried on the live one
        registry.add(
                "ordercenter.dependencies.trade-urls", () -> "http://127.0.0.1:" + DEAD_TRADE_PORT + "," + STUBS.url());
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected EventCodec codec;

    @Autowired
    protected OrderIdGenerator ids;

    @Autowired
    protected OrderMapper orders;

    @Autowired
    protected OrderUserMapper userOrders;

    @Autowired
    protected OrderShopMapper shopOrders;

    @Autowired
    protected TimelineMapper timeline;

    @Autowired
    protected DelayTaskMapper delayTasks;

    @Autowired
    protected DelayTaskStore delayTaskStore;

    @Autowired
    protected RedisConnection redis;

    @Autowired
    protected ElasticsearchClient elasticsearch;

    @Autowired
    protected MeterRegistry meters;

    @Autowired
    protected PlatformTransactionManager transactionManager;

    protected TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    /** A user id no other test uses. */
    protected static long randomUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }

    /** A new order id of a new user (a real id: its shard gene routes the timeline and copies). */
    protected long newOrderId(long userId) {
        return ids.next(userId);
    }

    /** Publishes events to {@code order-events}, keyed by order id, and waits for Kafka's acknowledgement. */
    protected void publish(List<OrderEvent> events) {
        for (OrderEvent event : events) {
            publishRaw(event.orderId(), codec.encode(event));
        }
    }

    protected void publishRaw(String key, byte[] value) {
        try {
            producer()
                    .send(new ProducerRecord<>(Topics.ORDER_EVENTS, key, value))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish", e);
        }
    }

    /** The partition of {@code order-events} a key lands in (Kafka's default partitioner). */
    protected static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    protected static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestStack.endpoints().kafkaBootstrap(),
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class));
        }
        return producer;
    }

    /** The order's document in the search index, read in real time (no refresh needed). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Optional<Map<String, Object>> searchDocument(String orderId) {
        try {
            GetResponse<Map> response =
                    elasticsearch.get(g -> g.index(SearchIndex.ALIAS).id(orderId), Map.class);
            return response.found() ? Optional.of((Map<String, Object>) response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected List<TimelineRow> timelineOf(long orderId) {
        return timeline.selectByOrderId(orderId);
    }

    protected long timelineCount(long orderId, String kind) {
        return timelineOf(orderId).stream().filter(e -> e.kind().equals(kind)).count();
    }

    protected HttpResponse<String> http(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A counter's value, 0 when it was never registered. */
    protected double counter(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    protected double gauge(String name, String... tags) {
        var gauge = meters.find(name).tags(tags).gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
