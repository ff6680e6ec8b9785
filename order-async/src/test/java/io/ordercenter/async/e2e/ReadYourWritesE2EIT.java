package io.ordercenter.async.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.OrderAsyncApplication;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.it.Tokens;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.deploy.DevTokens;
import io.ordercenter.deploy.stack.Ports;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.sim.DependencySimulator;
import io.ordercenter.sim.SimulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Read-your-writes through the real processes: order-trade and order-query from their jars, this
 * service (whose eviction after the event stays the backstop) around them. Before each change the
 * order's old state is in order-query's cache; the read right after the change's 200 must still
 * show that change or a newer one, every time.
 */
@SpringBootTest(classes = OrderAsyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadYourWritesE2EIT {

    private static final int CHANGES = 50;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"(\\d+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final DependencySimulator SIMULATOR = DependencySimulator.start(SimulatorConfig.forTests());
    private static final int TRADE_PORT = Ports.free();
    private static final int QUERY_PORT = Ports.free();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServiceJar trade;
    private static ServiceJar query;

    @Autowired
    RedisConnection redis;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackProperties.register(registry, SIMULATOR.baseUrl(), "http://127.0.0.1:" + TRADE_PORT);
    }

    @BeforeAll
    static void startTradeAndQuery() throws Exception {
        Map<String, String> env = ServiceJar.stackEnvironment(TestStack.endpoints());
        env.put("OC_DEPENDENCIES_URL", SIMULATOR.baseUrl());
        env.put("OC_PAYMENT_CALLBACK_URL", "http://127.0.0.1:" + TRADE_PORT + "/api/v1/payments/callback");
        trade = ServiceJar.start("order-trade", TRADE_PORT, env);
        query = ServiceJar.start("order-query", QUERY_PORT, env);
    }

    @AfterAll
    static void stop() throws Exception {
        if (query != null) {
            query.close();
        }
        if (trade != null) {
            trade.close();
        }
        SIMULATOR.close();
    }

    /** One step of the lifecycle after payment: path, and who takes it. */
    private record Step(String action, String token) {}

    @Test
    void every_state_change_is_seen_by_the_read_that_follows_its_answer() throws Exception {
        int changes = 0;
        int staleEntriesBeforeChange = 0;
        for (int round = 0; changes < CHANGES; round++) {
            long user = 3000 + round;
            long shop = 4 + round % 3;
            String orderId = placeAndPay(user, shop);
            String owner = Tokens.mint(Long.toString(user), "USER");
            String merchant = DevTokens.mint(
                    Long.toString(9000 + shop), List.of("MERCHANT"), Long.toString(shop), Duration.ofMinutes(10));
            String rider = Tokens.mint("5001", "RIDER");
            for (Step step : List.of(
                    new Step("accept", merchant),
                    new Step("ready", merchant),
                    new Step("pickup", rider),
                    new Step("deliver", rider),
                    new Step("confirm", owner))) {
                if (changes == CHANGES) {
                    break;
                }
                long before = cacheCurrentState(orderId, owner);
                if (redis.sync().exists(CacheKeys.order(orderId)) == 1) {
                    staleEntriesBeforeChange++;
                }

                HttpResponse<String> changed = post("/api/v1/orders/" + orderId + "/" + step.action(), step.token());
                long written = number(VERSION, changed.body());
                assertThat(written).isGreaterThan(before);

                HttpResponse<String> read = read(orderId, owner);
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                assertThat(number(VERSION, read.body()))
                        .as("the read right after %s of %s answered: %s", step.action(), orderId, read.body())
                        .isGreaterThanOrEqualTo(written);
                assertThat(text(STATUS, read.body())).isEqualTo(text(STATUS, changed.body()));
                changes++;
            }
        }
        assertThat(staleEntriesBeforeChange)
                .as("changes made while order-query's cache held the old state (what this test is about)")
                .isGreaterThanOrEqualTo(CHANGES * 9 / 10);
    }

    /**
     * Reads the order until order-query serves its current version from the cache: the previous
     * change's eviction from order-async has landed (it is asynchronous), and the entry is back.
     */
    private long cacheCurrentState(String orderId, String owner) throws Exception {
        long[] version = new long[1];
        Poll.until(WAIT, "order " + orderId + " cached at its current version", () -> {
            try {
                Thread.sleep(150);
                long first = number(VERSION, read(orderId, owner).body());
                String cached = redis.sync().get(CacheKeys.order(orderId));
                version[0] = first;
                return cached != null && number(VERSION, cached) == first;
            } catch (Exception e) {
                return false;
            }
        });
        return version[0];
    }

    private String placeAndPay(long user, long shop) throws Exception {
        String body = "{\"shopId\":\"" + shop + "\",\"items\":[{\"skuId\":\"" + (shop * 100 + 1)
                + "\",\"quantity\":1}],\"address\":{\"contactName\":\"RYW\",\"phone\":\"13812342020\","
                + "\"line1\":\"1 Test Rd\",\"city\":\"Hangzhou\"}}";
        String owner = Tokens.mint(Long.toString(user), "USER");
        HttpResponse<String> placed =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TRADE_PORT + "/api/v1/orders"))
                        .header("Authorization", "Bearer " + owner)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Matcher id = ORDER_ID.matcher(placed.body());
        assertThat(id.find()).isTrue();
        String orderId = id.group(1);
        post("/api/v1/orders/" + orderId + "/payments", owner);
        // the channel calls back on its own; no request of ours answers that change
        Poll.until(WAIT, "order " + orderId + " paid", () -> {
            try {
                return "PAID".equals(text(STATUS, read(orderId, owner).body()));
            } catch (Exception e) {
                return false;
            }
        });
        return orderId;
    }

    private static HttpResponse<String> post(String path, String token) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TRADE_PORT + path))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(300);
        return response;
    }

    private static HttpResponse<String> read(String orderId, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + QUERY_PORT + "/api/v1/orders/" + orderId))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long number(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern + " in " + body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String text(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern + " in " + body).isTrue();
        return matcher.group(1);
    }
}
