package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.DevTokens;
import io.ordercenter.deploy.stack.Ports;
import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import io.ordercenter.sim.DependencySimulator;
import io.ordercenter.sim.SimulatorConfig;
import io.ordercenter.trade.OrderTradeApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One order-trade on a fixed free port, over the shared test stack and an in-process dependency
 * simulator whose payment callbacks reach this service. Each test uses its own users.
 */
@SpringBootTest(classes = OrderTradeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
abstract class TradeItSupport {

    static final int PORT = Ports.free();
    static final DependencySimulator SIMULATOR = DependencySimulator.start(SimulatorConfig.forTests());
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Users 1001..1100 exist in the simulator; tests take turns so orders never collide across tests. */
    private static final AtomicLong NEXT_USER = new AtomicLong(1001);

    @Autowired
    OrderMapper orderMapper;

    @Autowired
    OrderUserMapper userMapper;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackEndpoints e = TestStack.endpoints();
        registry.add("server.port", () -> PORT);
        registry.add("ordercenter.sharding.shards", e::mysqlShards);
        registry.add("ordercenter.sharding.username", e::mysqlUser);
        registry.add("ordercenter.sharding.password", e::mysqlPassword);
        registry.add("ordercenter.outbox.kafka-bootstrap", e::kafkaBootstrap);
        registry.add("ordercenter.redis.nodes", () -> e.redisHost() + ":" + e.redisPort());
        registry.add("ordercenter.redis.cluster", () -> "false");
        registry.add(
                "ordercenter.dependencies.payment-callback-url",
                () -> "http://127.0.0.1:" + PORT + "/api/v1/payments/callback");
        for (String dependency : List.of("shop", "menu", "user", "inventory", "coupon", "payment")) {
            registry.add("ordercenter.dependencies.services." + dependency + ".url", SIMULATOR::baseUrl);
        }
    }

    @AfterEach
    void clearFaults() throws Exception {
        sim("DELETE", "/sim/faults", null);
    }

    static long nextUser() {
        long user = NEXT_USER.getAndIncrement();
        if (user > 1100) {
            NEXT_USER.set(1001);
            user = NEXT_USER.getAndIncrement();
        }
        return user;
    }

    static String userToken(long userId) {
        return DevTokens.mint(Long.toString(userId), List.of("USER"), null, Duration.ofHours(1));
    }

    static String merchantToken(long shopId) {
        return DevTokens.mint(
                Long.toString(9000 + shopId), List.of("MERCHANT"), Long.toString(shopId), Duration.ofHours(1));
    }

    static String riderToken(long riderId) {
        return DevTokens.mint(Long.toString(riderId), List.of("RIDER"), null, Duration.ofHours(1));
    }

    static String supportToken() {
        return DevTokens.mint("support-1", List.of("SUPPORT"), null, Duration.ofHours(1));
    }

    static String orderBody(long shopId, String couponId, long... skuAndQuantity) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            if (i > 0) {
                items.append(',');
            }
            items.append("{\"skuId\":\"")
                    .append(skuAndQuantity[i])
                    .append("\",\"quantity\":")
                    .append(skuAndQuantity[i + 1])
                    .append('}');
        }
        return "{\"shopId\":\"" + shopId + "\",\"items\":[" + items + "]"
                + (couponId == null ? "" : ",\"couponId\":\"" + couponId + "\"")
                + ",\"address\":{\"contactName\":\"Li Lei\",\"phone\":\"13812341001\",\"line1\":\"1 Main St\","
                + "\"city\":\"Hangzhou\"}}";
    }

    static Response post(String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        long begin = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                Duration.ofNanos(System.nanoTime() - begin),
                response.headers().firstValue("Retry-After").orElse(""));
    }

    static Response place(long userId, String body) throws Exception {
        return post(
                "/api/v1/orders",
                userToken(userId),
                body,
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    /** Places an order and has it paid through the simulator's signed callback. */
    String paidOrder(long userId, long shopId) throws Exception {
        Response placed = place(userId, orderBody(shopId, null, shopId * 100 + 1, 2));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String orderId = placed.json().path("orderId").asString();
        Response payment = post("/api/v1/orders/" + orderId + "/payments", userToken(userId), null);
        assertThat(payment.status()).as(payment.body()).isEqualTo(200);
        await("order " + orderId + " paid", () -> "PAID"
                .equals(stored(orderId).status().name()));
        return orderId;
    }

    OrderRow stored(String orderId) {
        return orderMapper.selectOrder(Long.parseLong(orderId));
    }

    static Response sim(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SIMULATOR.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), "", response.body(), Duration.ZERO, "");
    }

    static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    record Response(int status, String contentType, String body, Duration took, String retryAfter) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String code() {
            return json().path("code").asString();
        }
    }
}
