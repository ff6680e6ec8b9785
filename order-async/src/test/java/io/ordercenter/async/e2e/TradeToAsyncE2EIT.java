package io.ordercenter.async.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.ordercenter.async.OrderAsyncApplication;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.it.Tokens;
import io.ordercenter.async.platform.security.SystemTokens;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.deploy.DevTokens;
import io.ordercenter.deploy.stack.Ports;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.TimelineMapper;
import io.ordercenter.sharding.mybatis.TimelineRow;
import io.ordercenter.sim.DependencySimulator;
import io.ordercenter.sim.SimulatorConfig;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The write side and the async side together, as in production: a real order-trade process (its
 * built jar) publishes through its outbox to the real Kafka, this service consumes, and the unpaid
 * timeout goes back through order-trade's state machine. The unpaid timeout is 4 s here.
 *
 * <p>order-async gets its SYSTEM token from a real order-identity process by client credentials,
 * and order-trade checks it against that provider's JWK set. order-async is given two order-trade
 * instances of which the first does not listen: the load balancer's retry carries every call that
 * lands there to the live one.
 */
@SpringBootTest(classes = OrderAsyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TradeToAsyncE2EIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"(\\d+)\"");
    private static final DependencySimulator SIMULATOR = DependencySimulator.start(SimulatorConfig.forTests());
    private static final int TRADE_PORT = Ports.free();
    private static final int DEAD_TRADE_PORT = Ports.free();
    private static final int IDENTITY_PORT = Ports.free();
    private static final String IDENTITY = "http://127.0.0.1:" + IDENTITY_PORT;
    private static final String ASYNC_CLIENT_SECRET = UUID.randomUUID().toString();
    private static Process identity;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServiceJar trade;

    @Autowired
    OrderMapper orders;

    @Autowired
    OrderShopMapper shopOrders;

    @Autowired
    TimelineMapper timeline;

    @Autowired
    RedisConnection redis;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackProperties.register(
                registry,
                SIMULATOR.baseUrl(),
                "http://127.0.0.1:" + DEAD_TRADE_PORT + ",http://127.0.0.1:" + TRADE_PORT);
        registry.add("ordercenter.security.system-token.token-uri", () -> IDENTITY + "/oauth2/token");
        registry.add("ordercenter.security.system-token.client-id", () -> "order-async");
        registry.add("ordercenter.security.system-token.client-secret", () -> ASYNC_CLIENT_SECRET);
    }

    @BeforeAll
    static void startTrade() throws Exception {
        startIdentity();
        Map<String, String> env = ServiceJar.stackEnvironment(TestStack.endpoints());
        env.put("OC_DEPENDENCIES_URL", SIMULATOR.baseUrl());
        env.put("OC_UNPAID_TIMEOUT", "4s");
        env.put("OC_JWK_SET_URI", IDENTITY + "/oauth2/jwks");
        env.put("OC_PAYMENT_CALLBACK_URL", "http://127.0.0.1:" + TRADE_PORT + "/api/v1/payments/callback");
        trade = ServiceJar.start("order-trade", TRADE_PORT, env);
    }

    /** order-identity from its built jar, issuing under the issuer the test profile expects. */
    private static void startIdentity() throws Exception {
        Path jar = Path.of("../order-identity/target/order-identity.jar")
                .toAbsolutePath()
                .normalize();
        assertThat(jar)
                .as("order-identity must be packaged before order-async's integration tests")
                .exists();
        Path log = Path.of("target/e2e-order-identity.log").toAbsolutePath();
        Path keys = Files.createTempDirectory("e2e-identity-keys");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx192m",
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=test")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("OC_HTTP_PORT", Integer.toString(IDENTITY_PORT));
        env.put("OC_JWT_ISSUER", DevTokens.ISSUER);
        env.put("OC_IDENTITY_KEY_DIR", keys.toString());
        env.put("OC_ASYNC_CLIENT_ID", "order-async");
        env.put("OC_ASYNC_CLIENT_SECRET", ASYNC_CLIENT_SECRET);
        identity = builder.start();
        Poll.until(Duration.ofMinutes(3), "order-identity to start (log: " + log + ")", () -> {
            assertThat(identity.isAlive())
                    .as("order-identity exited, see " + log)
                    .isTrue();
            try {
                return get(IDENTITY + "/actuator/health").statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    @AfterAll
    static void stopTrade() throws Exception {
        if (identity != null) {
            identity.destroy();
            if (!identity.waitFor(30, TimeUnit.SECONDS)) {
                identity.destroyForcibly();
            }
        }
        if (trade != null) {
            trade.close();
        }
        SIMULATOR.close();
    }

    @Autowired
    SystemTokens systemTokens;

    @Test
    void the_system_token_comes_from_the_identity_provider_and_order_trade_accepts_it() throws Exception {
        String token = systemTokens.bearer();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(DevTokens.ISSUER);
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SYSTEM");
        HttpResponse<String> expire = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + TRADE_PORT + "/internal/v1/orders/999999999999/expire"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(expire.statusCode())
                .as("order-trade knows no such order, but accepted the caller: " + expire.body())
                .isEqualTo(404);
        assertThat(systemTokens.bearer())
                .as("the token is kept until shortly before it expires")
                .isEqualTo(token);
    }

    @Test
    void an_order_nobody_pays_is_cancelled_by_the_timeout_through_order_trade_and_its_stock_released()
            throws Exception {
        long user = 1003;
        String orderId = place(user, 4);
        Poll.until(WAIT, "the unpaid order is cancelled", () -> status(orderId) == OrderStatus.CANCELLED);
        OrderRow row = orders.selectOrder(Long.parseLong(orderId));
        assertThat(row.cancelReason()).isEqualTo("unpaid timeout");
        Poll.until(WAIT, "the stock reservation is released", () -> sim("/sim/reservations/inv-" + orderId)
                .contains("RELEASED"));
        Poll.until(WAIT, "the shop copy follows", () -> {
            OrderRow copy = shopOrders.select(row.shopId(), row.orderId());
            return copy != null && copy.version() == row.version();
        });
        Poll.until(WAIT, "the timeline tells the story", () -> kinds(orderId).contains("TIMEOUT_CANCELLED"));
    }

    @Test
    void a_payment_racing_the_timeout_leaves_exactly_one_outcome() throws Exception {
        List<String> orderIds = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            String orderId = place(1010 + round, 5);
            orderIds.add(orderId);
            // the channel reports a successful payment around the moment the 4 s timeout falls due
            Thread.sleep(3_400 + round * 250L);
            OrderRow row = orders.selectOrder(Long.parseLong(orderId));
            String callback = "{\"paymentId\":\"pay-" + orderId + "\",\"orderId\":\"" + orderId
                    + "\",\"status\":\"SUCCESS\",\"amountCents\":" + row.payableCents()
                    + ",\"channelTxnId\":\"e2e\",\"paidAt\":\"" + Instant.now() + "\"}";
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TRADE_PORT + "/api/v1/payments/callback"))
                            .header("Content-Type", "application/json")
                            .header("X-Signature", sign(callback))
                            .POST(HttpRequest.BodyPublishers.ofString(callback))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        int paid = 0;
        for (String orderId : orderIds) {
            Poll.until(WAIT, "order " + orderId + " settles", () -> {
                OrderStatus status = status(orderId);
                return status == OrderStatus.PAID
                        || (status == OrderStatus.CANCELLED
                                && sim("/sim/refunds/" + orderId + "-stray").contains(orderId));
            });
            // give a late timeout the chance to (wrongly) cancel a paid order
            Thread.sleep(1_000);
            OrderRow row = orders.selectOrder(Long.parseLong(orderId));
            boolean strayRefund = sim("/sim/refunds/" + orderId + "-stray").contains(orderId);
            if (row.status() == OrderStatus.PAID) {
                paid++;
                assertThat(row.cancelledAt()).as("paid and cancelled at once").isNull();
                assertThat(strayRefund).as("a kept payment is not refunded").isFalse();
            } else {
                assertThat(row.status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(row.paidAt()).as("cancelled and paid at once").isNull();
                assertThat(strayRefund)
                        .as("a payment that lost the race is returned")
                        .isTrue();
            }
        }
        System.out.printf("payment won %d of %d races against the timeout%n", paid, orderIds.size());
    }

    private static String sign(String body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                "local-dev-payment-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_completed_order_reaches_every_projection() throws Exception {
        long user = 1021;
        long shop = 6;
        String orderId = place(user, shop);
        post("/api/v1/orders/" + orderId + "/payments", Tokens.mint(Long.toString(user), "USER"), null, null);
        Poll.until(WAIT, "paid", () -> status(orderId) == OrderStatus.PAID);
        String merchant = merchant(shop);
        post("/api/v1/orders/" + orderId + "/accept", merchant, null, null);
        post("/api/v1/orders/" + orderId + "/ready", merchant, null, null);
        post("/api/v1/orders/" + orderId + "/pickup", Tokens.mint("5001", "RIDER"), null, null);
        post("/api/v1/orders/" + orderId + "/deliver", Tokens.mint("5001", "RIDER"), null, null);
        post("/api/v1/orders/" + orderId + "/confirm", Tokens.mint(Long.toString(user), "USER"), null, null);
        assertThat(status(orderId)).isEqualTo(OrderStatus.COMPLETED);
        OrderRow row = orders.selectOrder(Long.parseLong(orderId));

        Poll.until(WAIT, "the shop copy is complete", () -> {
            OrderRow copy = shopOrders.select(shop, row.orderId());
            return copy != null && copy.version() == row.version() && copy.status() == OrderStatus.COMPLETED;
        });
        Poll.until(WAIT, "the user's stats count it", () -> {
            Object completed = redis.sync().hget(CacheKeys.userStats(Long.toString(user)), "completedCount");
            return completed != null && Long.parseLong(completed.toString()) >= 1;
        });
        Poll.until(WAIT, "a red envelope is granted once", () -> sim("/sim/grants?userId=" + user)
                .contains("re-" + orderId));
        Poll.until(WAIT, "the customer was notified", () -> sim("/sim/push?orderId=" + orderId)
                .contains(orderId));
        Poll.until(
                WAIT,
                "the timeline has every state change",
                () -> kinds(orderId).stream().filter("STATE_CHANGED"::equals).count() == row.version());
    }

    private boolean paymentSettled(String orderId) {
        String payment = sim("/sim/payments/pay-" + orderId);
        return !payment.contains("SUCCESS")
                || sim("/sim/refunds/" + orderId + "-stray").contains(orderId);
    }

    private OrderStatus status(String orderId) {
        OrderRow row = orders.selectOrder(Long.parseLong(orderId));
        return row == null ? null : row.status();
    }

    private List<String> kinds(String orderId) {
        return timeline.selectByOrderId(Long.parseLong(orderId)).stream()
                .map(TimelineRow::kind)
                .toList();
    }

    private static String merchant(long shop) {
        return DevTokens.mint(
                Long.toString(9000 + shop), List.of("MERCHANT"), Long.toString(shop), Duration.ofMinutes(10));
    }

    private static String place(long user, long shop) throws Exception {
        String body = "{\"shopId\":\"" + shop + "\",\"items\":[{\"skuId\":\"" + (shop * 100 + 1)
                + "\",\"quantity\":1}],\"address\":{\"contactName\":\"E2E\",\"phone\":\"13812341010\","
                + "\"line1\":\"1 Test Rd\",\"city\":\"Hangzhou\"}}";
        HttpResponse<String> response = post(
                "/api/v1/orders",
                Tokens.mint(Long.toString(user), "USER"),
                body,
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = ORDER_ID.matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static HttpResponse<String> post(String path, String token, String body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TRADE_PORT + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(300);
        return response;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sim(String path) {
        try {
            HttpResponse<String> response = get(SIMULATOR.baseUrl() + path);
            return response.statusCode() == 200 ? response.body() : "";
        } catch (Exception e) {
            return "";
        }
    }
}
