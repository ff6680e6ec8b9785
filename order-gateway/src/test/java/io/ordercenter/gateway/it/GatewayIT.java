package io.ordercenter.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.DevTokens;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway in front of real HTTP servers, two per service: routing of every public path, the
 * edge's own answers (401, 404, 413, 503) as problem+json, the headers passed on, and the repeat on
 * the other instance where it is safe and only there. The health check is set to a long interval
 * here, so that a stopped instance stays in the rotation and the repeat is what saves the request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Backend tradeA = Backend.start("trade-a");
    private final Backend tradeB = Backend.start("trade-b");
    private final Backend queryA = Backend.start("query-a");
    private final Backend queryB = Backend.start("query-b");
    private final Backend asyncA = Backend.start("async-a");
    private final Backend asyncB = Backend.start("async-b");
    private final List<Backend> all = List.of(tradeA, tradeB, queryA, queryB, asyncA, asyncB);
    private Gateway gateway;
    private final String user = Gateway.token("1001", "USER");

    @BeforeAll
    void startGateway() {
        gateway = Gateway.start(
                List.of(tradeA, tradeB),
                List.of(queryA, queryB),
                List.of(asyncA, asyncB),
                Map.of(
                        "spring.cloud.loadbalancer.health-check.interval", "600s",
                        "spring.http.clients.read-timeout", "1s",
                        "ordercenter.gateway.body.max-size", "64KB",
                        "ordercenter.rate-limit.per-second", "100000",
                        "ordercenter.rate-limit.burst", "100000"));
        // the first request to a service starts its instance list with one health check: while
        // every instance answers, so that all of them stay in the rotation for the whole class
        assertThat(gateway.get("/api/v1/orders/0", user).statusCode()).isEqualTo(200);
        assertThat(gateway.post("/api/v1/orders/0/accept", user, "", Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(gateway.get("/api/v1/admin/reconciliation", user).statusCode())
                .isEqualTo(200);
    }

    @AfterAll
    void stop() {
        gateway.close();
        all.forEach(Backend::close);
    }

    @BeforeEach
    void allInstancesAnswer() {
        all.forEach(Backend::reset);
    }

    @Test
    void every_public_path_reaches_the_service_that_owns_it() {
        List<String> writes = new ArrayList<>(List.of("/api/v1/orders", "/api/v1/payments/callback"));
        for (String action : List.of(
                "payments",
                "cancel",
                "accept",
                "reject",
                "ready",
                "assignment",
                "pickup",
                "deliver",
                "confirm",
                "refunds")) {
            writes.add("/api/v1/orders/5/" + action);
        }
        for (String path : writes) {
            assertAnsweredBy(gateway.post(path, user, "{}", Map.of()), "trade-");
        }
        for (String path : List.of(
                "/api/v1/orders/5",
                "/api/v1/orders/5/timeline",
                "/api/v1/orders/5/diagnosis",
                "/api/v1/users/1001/orders?status=PAID&limit=5",
                "/api/v1/users/1001/stats",
                "/api/v1/shops/3/orders",
                "/api/v1/search/orders?phonePrefix=138")) {
            assertAnsweredBy(gateway.get(path, user), "query-");
        }
        assertAnsweredBy(gateway.get("/api/v1/admin/reconciliation", user), "async-");
        assertAnsweredBy(gateway.post("/api/v1/admin/reconciliation", user, "", Map.of()), "async-");

        assertThat(queryA.received().stream().map(r -> r.path()).toList()).doesNotContain("/api/v1/orders/5/accept");
        Set<String> queries = new HashSet<>();
        for (Backend query : List.of(queryA, queryB)) {
            query.received().forEach(r -> queries.add(r.path()));
        }
        assertThat(queries).contains("/api/v1/search/orders", "/api/v1/users/1001/orders");
        assertThat(tradeA.received()).isNotEmpty();
        assertThat(tradeB.received()).isNotEmpty();
    }

    @Test
    void the_query_string_reaches_the_service_unchanged() {
        HttpResponse<String> response = gateway.get("/api/v1/search/orders?phonePrefix=138&status=PAID&limit=5", user);

        assertThat(response.statusCode()).isEqualTo(200);
        Backend.Received received = receivedOnce(queryA, queryB);
        assertThat(received.path()).isEqualTo("/api/v1/search/orders");
        assertThat(received.query()).isEqualTo("phonePrefix=138&status=PAID&limit=5");
    }

    @Test
    void a_path_that_is_no_public_endpoint_is_a_404_problem() {
        for (HttpResponse<String> response : List.of(
                gateway.get("/api/v1/nothing-here", user),
                gateway.post("/internal/v1/orders/5/expire", user, "{}", Map.of()),
                gateway.post("/api/v1/orders/5/timeline", user, "{}", Map.of()),
                Gateway.send(gateway.request("/api/v1/orders/5")
                        .header("Authorization", "Bearer " + user)
                        .DELETE()
                        .build()),
                gateway.get("/console-not-here", user))) {
            assertProblem(response, 404, "NOT_FOUND");
        }
        all.forEach(backend -> assertThat(backend.received()).isEmpty());
    }

    @Test
    void a_request_without_a_valid_token_is_refused_at_the_edge() {
        HttpResponse<String> none =
                Gateway.send(gateway.request("/api/v1/orders/5").GET().build());
        HttpResponse<String> garbage = gateway.get("/api/v1/orders/5", "not-a-token");
        HttpResponse<String> expired =
                gateway.get("/api/v1/orders/5", DevTokens.mint("1001", List.of("USER"), null, Duration.ofMinutes(-5)));
        HttpResponse<String> write = gateway.post("/api/v1/orders", null, "{}", Map.of("Idempotency-Key", "k"));

        for (HttpResponse<String> response : List.of(none, garbage, expired, write)) {
            assertProblem(response, 401, "UNAUTHENTICATED");
        }
        all.forEach(backend -> assertThat(backend.received()).isEmpty());
    }

    @Test
    void the_token_trace_and_forwarded_headers_reach_the_service() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        HttpResponse<String> response = Gateway.send(gateway.request("/api/v1/orders/5")
                .header("Authorization", "Bearer " + user)
                .header("X-Trace-Id", "trace-123")
                .header("traceparent", traceparent)
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        Backend.Received received = receivedOnce(queryA, queryB);
        assertThat(received.headers().getFirst("Authorization")).isEqualTo("Bearer " + user);
        assertThat(received.headers().getFirst("X-Trace-Id")).isEqualTo("trace-123");
        assertThat(received.headers().getFirst("traceparent")).isEqualTo(traceparent);
        assertThat(received.headers().getFirst("X-Forwarded-For")).contains("127.0.0.1");
        assertThat(received.headers().getFirst("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.headers().getFirst("X-Forwarded-Host")).isNotBlank();
    }

    @Test
    void with_one_instance_stopped_every_request_is_answered_by_the_other() throws Exception {
        tradeA.stop();
        queryA.stop();
        Thread.sleep(300);

        for (int i = 0; i < 6; i++) {
            assertAnsweredBy(gateway.get("/api/v1/orders/" + i, user), "query-b");
            assertAnsweredBy(
                    gateway.post("/api/v1/orders", user, "{\"n\":" + i + "}", Map.of("Idempotency-Key", "key-" + i)),
                    "trade-b");
            // refused: nothing reached trade-a, so even a write without a key may go to trade-b
            assertAnsweredBy(gateway.post("/api/v1/orders/" + i + "/accept", user, "", Map.of()), "trade-b");
        }
        assertThat(tradeB.count("POST", "/api/v1/orders")).isEqualTo(6);
        assertThat(queryB.received()).hasSize(6);

        // the stopped instances were still in the rotation (long health-check interval): the
        // requests above that went to them were repeated on the other instance
        assertThat(chosenPorts("order-query")).contains(queryA.port());
        assertThat(chosenPorts("order-trade")).contains(tradeA.port());
    }

    @Test
    void a_read_the_first_instance_does_not_answer_in_time_is_answered_by_the_other() {
        queryA.mode(Backend.Mode.HANG);

        for (int i = 0; i < 4 && queryA.received().isEmpty(); i++) {
            long start = System.nanoTime();
            assertAnsweredBy(gateway.get("/api/v1/orders/9", user), "query-b");
            assertThat(System.nanoTime() - start).isLessThan(3_000_000_000L);
        }
        assertThat(queryA.count("GET", "/api/v1/orders/9")).isEqualTo(1);
    }

    @Test
    void a_write_without_idempotency_key_that_reached_an_instance_is_never_repeated() {
        tradeA.mode(Backend.Mode.HANG);
        String path = "/api/v1/orders/11/accept";
        List<HttpResponse<String>> responses = new ArrayList<>();

        for (int i = 0; i < 4 && tradeA.count("POST", path) == 0; i++) {
            responses.add(gateway.post(path, user, "", Map.of()));
        }

        assertThat(tradeA.count("POST", path)).isEqualTo(1);
        HttpResponse<String> last = responses.get(responses.size() - 1);
        assertProblem(last, 503, "DEPENDENCY_UNAVAILABLE");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(last).path("detail").asString()).contains("may have taken effect");
        // every other attempt went to trade-b and was answered there; none was a repeat
        assertThat(tradeB.count("POST", path)).isEqualTo(responses.size() - 1);
    }

    @Test
    void a_write_with_idempotency_key_or_the_callback_is_repeated_with_the_same_body() {
        tradeA.mode(Backend.Mode.HANG);
        for (String path : List.of("/api/v1/orders", "/api/v1/payments/callback")) {
            String body = "{\"id\":\"" + UUID.randomUUID() + "\"}";
            for (int i = 0; i < 4 && tradeA.count("POST", path) == 0; i++) {
                assertAnsweredBy(gateway.post(path, user, body, Map.of("Idempotency-Key", "k-" + i)), "trade-b");
            }
            assertThat(tradeA.count("POST", path)).isEqualTo(1);
            Backend.Received repeated = tradeB.received().get(tradeB.received().size() - 1);
            assertThat(new String(repeated.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        }
    }

    @Test
    void when_no_instance_answers_the_edge_says_503_with_retry_after_without_hanging() {
        asyncA.stop();
        asyncB.stop();

        long start = System.nanoTime();
        HttpResponse<String> response = gateway.get("/api/v1/admin/reconciliation", user);

        assertProblem(response, 503, "DEPENDENCY_UNAVAILABLE");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(response.body()).doesNotContain("127.0.0.1").doesNotContain(Integer.toString(asyncA.port()));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void an_answer_of_a_service_passes_through_as_it_is_and_is_not_repeated() {
        queryA.mode(Backend.Mode.UNAVAILABLE);
        queryB.mode(Backend.Mode.UNAVAILABLE);

        HttpResponse<String> response = gateway.get("/api/v1/orders/5", user);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).path("from").asString()).startsWith("query-");
        assertThat(queryA.received().size() + queryB.received().size()).isEqualTo(1);
    }

    @Test
    void the_payment_callback_takes_16_kib_and_not_a_byte_more() {
        String limit = "x".repeat(16 * 1024);
        HttpResponse<String> atLimit = gateway.post("/api/v1/payments/callback", null, limit, Map.of());
        HttpResponse<String> over = gateway.post("/api/v1/payments/callback", null, limit + "x", Map.of());

        assertThat(atLimit.statusCode()).isEqualTo(200);
        assertThat(json(atLimit).path("bytes").asInt()).isEqualTo(16 * 1024);
        assertProblem(over, 413, "PAYLOAD_TOO_LARGE");
        assertThat(tradeA.received().size() + tradeB.received().size()).isEqualTo(1);
    }

    @Test
    void a_body_over_the_general_limit_is_refused_whether_its_length_is_declared_or_not() {
        String limit = "y".repeat(64 * 1024);
        HttpResponse<String> atLimit = gateway.post("/api/v1/orders", user, limit, Map.of("Idempotency-Key", "a"));
        HttpResponse<String> declared =
                gateway.post("/api/v1/orders", user, limit + "y", Map.of("Idempotency-Key", "b"));
        HttpResponse<String> chunked = Gateway.send(gateway.request("/api/v1/orders")
                .header("Authorization", "Bearer " + user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream((limit + "yy").getBytes(StandardCharsets.UTF_8))))
                .build());

        assertThat(atLimit.statusCode()).isEqualTo(200);
        assertProblem(declared, 413, "PAYLOAD_TOO_LARGE");
        assertProblem(chunked, 413, "PAYLOAD_TOO_LARGE");
        assertThat(tradeA.received().size() + tradeB.received().size()).isEqualTo(1);
    }

    private Set<Integer> chosenPorts(String serviceId) {
        LoadBalancerClient balancer = gateway.context().getBean(LoadBalancerClient.class);
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            ServiceInstance instance = balancer.choose(serviceId);
            if (instance != null) {
                ports.add(instance.getPort());
            }
        }
        return ports;
    }

    private static Backend.Received receivedOnce(Backend... backends) {
        List<Backend.Received> received = new ArrayList<>();
        for (Backend backend : backends) {
            received.addAll(backend.received());
        }
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static void assertAnsweredBy(HttpResponse<String> response, String instancePrefix) {
        assertThat(response.statusCode())
                .as("%s %s: %s", response.request().method(), response.uri(), response.body())
                .isEqualTo(200);
        assertThat(json(response).path("instance").asString()).startsWith(instancePrefix);
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode())
                .as("%s %s: %s", response.request().method(), response.uri(), response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(response);
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
