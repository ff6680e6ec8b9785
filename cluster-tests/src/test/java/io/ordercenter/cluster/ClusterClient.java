package io.ordercenter.cluster;

import io.ordercenter.deploy.cluster.ClusterServices;
import io.ordercenter.deploy.stack.ProcessStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the multi-instance tests do with the shared cluster run: HTTP calls through the gateway or
 * straight at one instance, tokens from its identity provider, its shard databases, and waiting for
 * processes to be whole again after a fault.
 */
final class ClusterClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration EVENTUALLY = Duration.ofSeconds(90);
    static final String TOPIC = "order-events";

    private final ClusterRun cluster;
    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .executor(java.util.concurrent.Executors.newCachedThreadPool())
            .build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private ClusterClient(ClusterRun cluster) throws IOException, InterruptedException {
        this.cluster = cluster;
        this.gateway = cluster.url("gateway");
    }

    /** A client of the module's one shared cluster run, once every process of it is up. */
    static ClusterClient connect() throws Exception {
        ClusterClient client = new ClusterClient(ClusterRun.shared());
        client.awaitAllUp();
        return client;
    }

    ClusterRun cluster() {
        return cluster;
    }

    String gateway() {
        return gateway;
    }

    String url(String process) throws IOException, InterruptedException {
        return cluster.url(process);
    }

    /** A token from the cluster run's identity provider (kept per role, subject and shop). */
    String token(String role, String subject, String shop) {
        return tokens.computeIfAbsent(role + "/" + subject + "/" + shop, k -> {
            try {
                return ClusterServices.token(cluster.home(), subject, role, shop);
            } catch (IOException e) {
                throw new IllegalStateException("no token for " + k, e);
            }
        });
    }

    String user(long userId) {
        return token("USER", Long.toString(userId), null);
    }

    String support() {
        return token("SUPPORT", "support-1", null);
    }

    /** The body of a one-line order at {@code shopId} (sku {@code shopId*100+1}) delivered to {@code phone}. */
    static String orderBody(int shopId, String phone) {
        return "{\"shopId\":\"" + shopId + "\",\"items\":[{\"skuId\":\"" + (shopId * 100 + 1)
                + "\",\"quantity\":1}],\"address\":{\"contactName\":\"Multi Instance\",\"phone\":\"" + phone
                + "\",\"line1\":\"2 Replica Lane\",\"city\":\"Hangzhou\"},\"remark\":\"multi-instance test\"}";
    }

    /** Places an order for {@code userId} at {@code base} (the gateway or one instance), with a fresh key. */
    HttpResponse<String> place(String base, long userId, int shopId, String phone) throws Exception {
        return post(
                base,
                "/api/v1/orders",
                user(userId),
                orderBody(shopId, phone),
                UUID.randomUUID().toString());
    }

    HttpResponse<String> get(String base, String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(15))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String base, String path, String token, String body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A plain GET of the simulator's control API ({@code /sim/**}). */
    JsonNode simulator(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(cluster.url("simulator") + path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Reads the order through the gateway until {@code condition} holds; fails after {@link #EVENTUALLY}. */
    JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(gateway, "/api/v1/orders/" + orderId, support());
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonNode order = JSON.readTree(response.body());
                if (condition.test(order)) {
                    return order;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("order " + orderId + " did not reach the expected state; last read: " + last);
    }

    static boolean hasStatus(JsonNode order, String status) {
        return order.path("status").asString().equals(status);
    }

    /** The worker id an order id carries (bits 14..21: 41 ms / 8 worker / 7 sequence / 7 gene). */
    static int workerIdOf(long orderId) {
        return (int) ((orderId >>> 14) & 0xFF);
    }

    /** The Kafka brokers of the cluster run, as the services get them. */
    String kafkaBootstrap() throws IOException, InterruptedException {
        Map<String, ProcessStatus> status = cluster.status();
        return String.join(
                ",",
                List.of("kafka-1", "kafka-2", "kafka-3").stream()
                        .map(b -> "127.0.0.1:" + status.get(b).port())
                        .toList());
    }

    /** A connection to shard database {@code n} ({@code oc_ds_n} on {@code mariadb-n}). */
    Connection database(int n) throws IOException, InterruptedException, SQLException {
        Properties secrets = new Properties();
        try (InputStream in = Files.newInputStream(cluster.home().resolve("cluster-secrets.properties"))) {
            secrets.load(in);
        }
        String url = "jdbc:mariadb://127.0.0.1:"
                + cluster.status().get("mariadb-" + n).port() + "/oc_ds_" + n;
        return DriverManager.getConnection(url, "ordercenter", secrets.getProperty("mysql.password"));
    }

    /** Waits until every process of the run is up (a fault test leaves the cluster whole for the next). */
    void awaitAllUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        List<String> down = List.of();
        while (System.nanoTime() < deadline) {
            down = cluster.status().values().stream()
                    .filter(p -> !p.up())
                    .map(ProcessStatus::name)
                    .toList();
            if (down.isEmpty()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("processes still down: " + down);
    }

    /** Starts {@code process} again (the control API answers once it is healthy) and checks it is up. */
    void restart(String process) throws Exception {
        cluster.control(process, "start");
        if (!cluster.status().get(process).up()) {
            throw new AssertionError(process + " is not up after start");
        }
    }
}
