package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.ordercenter.contracts.Topics;
import io.ordercenter.deploy.testkit.StackEndpoints;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the real stack in-process (free ports, a home under target/), writes into every server,
 * restarts the stack and reads the same data back; and checks nothing listens beyond loopback.
 */
class LocalStackIT {

    private static final Path HOME = Path.of("target/it-local-stack").toAbsolutePath();
    private static final Path DIST = Path.of("target/stack").toAbsolutePath();
    private static StackSettings settings;
    private static Stack stack;

    @BeforeAll
    static void startFresh() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        settings = LocalStackSettings.auto(HOME, DIST, true, -1);
        stack = new Stack(settings);
        stack.start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void every_server_keeps_its_data_across_a_restart_and_listens_on_loopback_only() throws Exception {
        String marker = UUID.randomUUID().toString();
        StackEndpoints endpoints = stack.endpoints();
        assertLoopbackOnly();

        writeMariaDb(endpoints, marker);
        writeRedis(endpoints, marker);
        writeKafka(endpoints, marker);
        writeElasticsearch(endpoints, marker);

        stack.close();
        stack = new Stack(new StackSettings(
                settings.home(),
                settings.dist(),
                settings.bindHost(),
                settings.mariadbPort(),
                settings.redisPort(),
                settings.kafkaPort(),
                settings.kafkaControllerPort(),
                settings.elasticsearchPort(),
                settings.elasticsearchTransportPort(),
                0,
                settings.databases(),
                false,
                -1,
                settings.unprivilegedUid()));
        stack.start();

        assertThat(readMariaDb(endpoints)).contains(marker);
        assertThat(readRedis(endpoints)).isEqualTo(marker);
        assertThat(readKafka(endpoints)).contains(marker);
        assertThat(readElasticsearch(endpoints)).contains(marker);
        assertLoopbackOnly();
    }

    @Test
    void a_stopped_server_can_be_started_again_on_its_port() throws Exception {
        ManagedServer redis = stack.server("redis");
        redis.stop();
        assertThat(Ports.isOpen(settings.bindHost(), settings.redisPort())).isFalse();
        redis.start();
        assertThat(redis.isRunning()).isTrue();
    }

    private static void writeMariaDb(StackEndpoints e, String marker) throws Exception {
        try (Connection c = DriverManager.getConnection(e.jdbcUrl(2), e.mysqlUser(), e.mysqlPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS it_marker (marker VARCHAR(64) PRIMARY KEY) ENGINE=InnoDB");
            s.execute("INSERT INTO it_marker VALUES ('" + marker + "')");
        }
    }

    private static List<String> readMariaDb(StackEndpoints e) throws Exception {
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

    private static void writeRedis(StackEndpoints e, String marker) {
        RedisClient client = RedisClient.create("redis://" + e.redisHost() + ":" + e.redisPort());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("it:marker", marker);
        } finally {
            client.shutdown();
        }
    }

    private static String readRedis(StackEndpoints e) {
        RedisClient client = RedisClient.create("redis://" + e.redisHost() + ":" + e.redisPort());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().get("it:marker");
        } finally {
            client.shutdown();
        }
    }

    private static void writeKafka(StackEndpoints e, String marker) throws Exception {
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

    private static List<String> readKafka(StackEndpoints e) {
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

    private static void writeElasticsearch(StackEndpoints e, String marker) throws Exception {
        HttpResponse<String> response =
                http(HttpRequest.newBuilder(URI.create(e.elasticsearchUrl() + "/it-marker/_doc/1?refresh=true"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"marker\":\"" + marker + "\"}"))
                        .build());
        assertThat(response.statusCode()).isIn(200, 201);
    }

    private static String readElasticsearch(StackEndpoints e) throws Exception {
        return http(HttpRequest.newBuilder(URI.create(e.elasticsearchUrl() + "/it-marker/_doc/1"))
                        .GET()
                        .build())
                .body();
    }

    private static HttpResponse<String> http(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every listening TCP socket of the stack's processes is bound to a loopback address. */
    private static void assertLoopbackOnly() throws IOException {
        Set<String> inodes = new HashSet<>();
        List<ProcessHandle> processes =
                new ArrayList<>(ProcessHandle.current().descendants().toList());
        processes.add(ProcessHandle.current());
        for (ProcessHandle process : processes) {
            Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
            if (!Files.isDirectory(fds)) {
                continue;
            }
            try (Stream<Path> links = Files.list(fds)) {
                links.forEach(link -> {
                    try {
                        String target = Files.readSymbolicLink(link).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException ignored) {
                        // the descriptor closed meanwhile
                    }
                });
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))
                    .subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] f = line.trim().split("\\s+");
                if ("0A".equals(f[3]) && inodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        // ports of mariadb, redis, kafka (2) and elasticsearch (2), at the least
        assertThat(listening).hasSizeGreaterThanOrEqualTo(6);
        assertThat(listening).allSatisfy(address -> assertThat(isLoopback(address))
                .as("listening on %s", address)
                .isTrue());
    }

    /** /proc/net hex addresses: 0100007F:port (IPv4) or the v4-mapped / ::1 forms in tcp6. */
    private static boolean isLoopback(String hexAddress) {
        String host = hexAddress.substring(0, hexAddress.indexOf(':'));
        return host.equals("0100007F")
                || host.equals("0000000000000000FFFF00000100007F")
                || host.equals("00000000000000000000000001000000");
    }
}
