package io.ordercenter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.stack.ProcessStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster run end to end, as a team would use it: started from the built jars on free ports, every
 * process listed by the control API, the whole order lifecycle through the gateway with tokens from
 * the identity provider, and reads that keep answering through the gateway while one order-query
 * instance is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterRunIT {

    static final List<String> PROCESSES = List.of(
            "mariadb-0",
            "mariadb-1",
            "mariadb-2",
            "mariadb-3",
            "kafka-1",
            "kafka-2",
            "kafka-3",
            "elasticsearch-1",
            "elasticsearch-2",
            "simulator",
            "identity",
            "order-trade-1",
            "order-trade-2",
            "order-query-1",
            "order-query-2",
            "order-async-1",
            "order-async-2",
            "gateway");
    static final long MACHINE_MIB = 24 * 1024;
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ClusterRun cluster;
    private static ClusterClient client;
    private static String gateway;
    private static String orderId;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = ClusterRun.shared();
        client = ClusterClient.connect();
        gateway = client.gateway();
    }

    /** A token from the cluster run's identity provider, as {@code ./ordercenter token} gets one. */
    private static String token(String role, String subject, String shop) {
        return client.token(role, subject, shop);
    }

    private static int portOf(String name) throws Exception {
        ProcessStatus process = cluster.status().get(name);
        return process == null ? -1 : process.port();
    }

    @Test
    @Order(1)
    void the_control_api_lists_every_process_up_with_pid_and_port_and_all_fit_the_machine() throws Exception {
        Map<String, ProcessStatus> status = cluster.status();

        assertThat(cluster.summary())
                .as(cluster.tail())
                .endsWith("is up (Ctrl-C here, or ./ordercenter down, stops it)");
        assertThat(status.keySet()).containsAll(PROCESSES);
        assertThat(status.keySet()).anyMatch(name -> name.startsWith("redis-"));
        assertThat(status.values()).allSatisfy(p -> {
            assertThat(p.up()).as(p.name() + " up").isTrue();
            assertThat(p.pid()).as(p.name() + " pid").isPositive();
            assertThat(p.port()).as(p.name() + " port").isPositive();
        });
        long mib = status.values().stream().mapToLong(ProcessStatus::rssKib).sum() / 1024;
        System.out.println("cluster run resident memory: " + mib + " MiB over " + status.size() + " processes");
        assertThat(mib).isLessThan(MACHINE_MIB);
    }

    @Test
    @Order(2)
    void each_shard_database_has_its_own_server_and_kafka_and_elasticsearch_are_replicated() throws Exception {
        Map<String, ProcessStatus> status = cluster.status();
        java.util.Properties secrets = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(cluster.home().resolve("cluster-secrets.properties"))) {
            secrets.load(in);
        }
        for (int i = 0; i < 4; i++) {
            String url =
                    "jdbc:mariadb://127.0.0.1:" + status.get("mariadb-" + i).port() + "/";
            try (var connection = java.sql.DriverManager.getConnection(
                            url, "ordercenter", secrets.getProperty("mysql.password"));
                    var rows = connection.createStatement().executeQuery("SHOW DATABASES LIKE 'oc_ds_%'")) {
                List<String> databases = new ArrayList<>();
                while (rows.next()) {
                    databases.add(rows.getString(1));
                }
                assertThat(databases).as("mariadb-" + i).containsExactly("oc_ds_" + i);
            }
        }

        String bootstrap = String.join(
                ",",
                List.of("kafka-1", "kafka-2", "kafka-3").stream()
                        .map(b -> "127.0.0.1:" + status.get(b).port())
                        .toList());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(3);
            var topics = admin.describeTopics(List.of("order-events", "order-events.dlt"))
                    .allTopicNames()
                    .get();
            assertThat(topics.get("order-events").partitions()).hasSize(12);
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions())
                    .allSatisfy(p -> assertThat(p.replicas()).hasSize(3)));
            var resources = List.of("order-events", "order-events.dlt").stream()
                    .map(t -> new org.apache.kafka.common.config.ConfigResource(
                            org.apache.kafka.common.config.ConfigResource.Type.TOPIC, t))
                    .toList();
            assertThat(admin.describeConfigs(resources).all().get().values())
                    .allSatisfy(c ->
                            assertThat(c.get("min.insync.replicas").value()).isEqualTo("2"));
        }

        HttpResponse<String> health = HTTP.send(
                HttpRequest.newBuilder(URI.create(cluster.url("elasticsearch-2") + "/_cluster/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(health.body()).path("number_of_nodes").asInt()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void an_order_goes_through_its_whole_life_through_the_gateway() throws Exception {
        String user = token("USER", "1001", null);
        String merchant = token("MERCHANT", "9003", "3");
        String rider = token("RIDER", "5001", null);
        String support = token("SUPPORT", "support-1", null);
        String body =
                "{\"shopId\":\"3\",\"items\":[{\"skuId\":\"301\",\"quantity\":2},{\"skuId\":\"302\",\"quantity\":1}],"
                        + "\"address\":{\"contactName\":\"Cluster Test\",\"phone\":\"13955501001\",\"line1\":\"1 Cluster Road\","
                        + "\"city\":\"Hangzhou\"},\"remark\":\"cluster run\"}";

        HttpResponse<String> placed =
                post("/api/v1/orders", user, body, UUID.randomUUID().toString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        orderId = JSON.readTree(placed.body()).path("orderId").asString();

        HttpResponse<String> payment = post("/api/v1/orders/" + orderId + "/payments", user, null, null);
        assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
        awaitOrder(user, o -> o.path("status").asString().equals("PAID"));

        step("/accept", merchant, null, "ACCEPTED");
        step("/ready", merchant, null, "READY");
        step("/pickup", rider, null, "DELIVERING");
        step("/deliver", rider, null, "DELIVERED");
        step("/confirm", user, null, "COMPLETED");

        awaitOrder(support, o -> o.path("status").asString().equals("COMPLETED"));
        awaitList("/api/v1/shops/3/orders?limit=50", merchant);
        awaitList("/api/v1/users/1001/orders?limit=50", support);
        awaitList("/api/v1/search/orders?phonePrefix=1395550&limit=50", support);
    }

    @Test
    @Order(4)
    void reads_keep_answering_through_the_gateway_while_an_order_query_instance_is_killed() throws Exception {
        assertThat(orderId).as("the lifecycle test placed an order").isNotNull();
        String support = token("SUPPORT", "support-1", null);

        cluster.control("order-query-1", "kill");
        try {
            assertThat(cluster.status().get("order-query-1").up()).isFalse();
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                answers.add(get("/api/v1/orders/" + orderId, support).statusCode());
            }
            assertThat(answers).as("30 reads with order-query-1 dead").containsOnly(200);
        } finally {
            cluster.control("order-query-1", "start");
        }
        assertThat(cluster.status().get("order-query-1").up()).isTrue();
        assertThat(get("/api/v1/orders/" + orderId, support).statusCode()).isEqualTo(200);
    }

    private void step(String action, String token, String body, String expected) throws Exception {
        HttpResponse<String> response = post("/api/v1/orders/" + orderId + action, token, body, null);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("status").asString())
                .as(action)
                .isEqualTo(expected);
    }

    private JsonNode awaitOrder(String token, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/v1/orders/" + orderId, token);
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

    /** Waits until the list at {@code path} holds the order (the read side catches up asynchronously). */
    private void awaitList(String path, String token) throws Exception {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(path, token);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && response.body().contains("\"" + orderId + "\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " does not list order " + orderId + "; last answer: " + last);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return client.get(gateway, path, token);
    }

    private static HttpResponse<String> post(String path, String token, String body, String idempotencyKey)
            throws Exception {
        return client.post(gateway, path, token, body, idempotencyKey);
    }
}
