package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.ordercenter.contracts.Topics;
import io.ordercenter.deploy.testkit.StackEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A marker written into every server of a stack and read back, whatever runs the servers. */
final class ServerData {

    private ServerData() {}

    static void writeEverywhere(StackEndpoints endpoints, String marker) throws Exception {
        writeMariaDb(endpoints, marker);
        writeRedis(endpoints, marker);
        writeKafka(endpoints, marker);
        writeElasticsearch(endpoints, marker);
    }

    static void assertEverywhere(StackEndpoints endpoints, String marker) throws Exception {
        assertThat(readMariaDb(endpoints)).contains(marker);
        assertThat(readRedis(endpoints)).isEqualTo(marker);
        assertThat(readKafka(endpoints)).contains(marker);
        assertThat(readElasticsearch(endpoints)).contains(marker);
    }

    static void writeMariaDb(StackEndpoints e, String marker) throws Exception {
        try (Connection c = DriverManager.getConnection(e.jdbcUrl(2), e.mysqlUser(), e.mysqlPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS it_marker (marker VARCHAR(64) PRIMARY KEY) ENGINE=InnoDB");
            s.execute("INSERT INTO it_marker VALUES ('" + marker + "')");
        }
    }

    static List<String> readMariaDb(StackEndpoints e) throws Exception {
        List<String> markers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(e.jdbcUrl(2), e.mysqlUser(), e.mysqlPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT marker FROM it_marker")) {
            while (rs.next()) {
                markers.add(rs.getString(1));
            }
        }
        return markers;
    }

    static void writeRedis(StackEndpoints e, String marker) {
        RedisClient client = RedisClient.create("redis://" + e.redisHost() + ":" + e.redisPort());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("it:marker", marker);
        } finally {
            client.shutdown();
        }
    }

    static String readRedis(StackEndpoints e) {
        RedisClient client = RedisClient.create("redis://" + e.redisHost() + ":" + e.redisPort());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().get("it:marker");
        } finally {
            client.shutdown();
        }
    }

    static void writeKafka(StackEndpoints e, String marker) throws Exception {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", e.kafkaBootstrap(),
                "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.ORDER_EVENTS, "it", marker))
                    .get();
        }
    }

    static List<String> readKafka(StackEndpoints e) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", e.kafkaBootstrap(),
                "group.id", "it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.ORDER_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    static void writeElasticsearch(StackEndpoints e, String marker) throws Exception {
        HttpResponse<String> response =
                http(HttpRequest.newBuilder(URI.create(e.elasticsearchUrl() + "/it-marker/_doc/1?refresh=true"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"marker\":\"" + marker + "\"}"))
                        .build());
        assertThat(response.statusCode()).isIn(200, 201);
    }

    static String readElasticsearch(StackEndpoints e) throws Exception {
        return http(HttpRequest.newBuilder(URI.create(e.elasticsearchUrl() + "/it-marker/_doc/1"))
                        .GET()
                        .build())
                .body();
    }

    static HttpResponse<String> http(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
