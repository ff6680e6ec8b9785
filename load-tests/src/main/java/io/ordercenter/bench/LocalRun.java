package io.ordercenter.bench;

import io.ordercenter.bench.client.DevJwt;
import io.ordercenter.bench.client.Http;
import io.ordercenter.bench.client.RawRedis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The local run the benchmark drives ({@code ./ordercenter up}): where its services and servers
 * listen, tokens for its demo users, and the few business steps the figures need. Users 1001..1100,
 * shops 1..19 and their skus are the simulator's demo catalogue.
 */
public final class LocalRun {

    public static final int FIRST_USER = 1001;
    public static final int USERS = 100;

    private final Path home;
    private final String trade;
    private final String query;
    private final String simulator;
    private final String redisHost;
    private final int redisPort;
    private final Http http = new Http();

    /** An order of the run and its owner. */
    public record Order(String orderId, long userId) {}

    private LocalRun(Path home, String trade, String query, String simulator, String redisHost, int redisPort) {
        this.home = home;
        this.trade = trade;
        this.query = query;
        this.simulator = simulator;
        this.redisHost = redisHost;
        this.redisPort = redisPort;
    }

    /** Reads where the servers are from the launcher's {@code stack.properties}; our services use fixed ports. */
    public static LocalRun of(Path home) throws IOException {
        Properties stack = new Properties();
        Path file = home.resolve("stack.properties");
        if (!Files.exists(file)) {
            throw new IllegalStateException("no local run in " + home + ": start it with ./ordercenter up");
        }
        try (InputStream in = Files.newInputStream(file)) {
            stack.load(in);
        }
        return new LocalRun(
                home,
                "http://127.0.0.1:8081",
                "http://127.0.0.1:8082",
                "http://127.0.0.1:8090",
                stack.getProperty("redis.host", "127.0.0.1"),
                Integer.parseInt(stack.getProperty("redis.port", "16379")));
    }

    public static String user(long userId) {
        return DevJwt.mint(DevJwt.LOCAL_KEY, Long.toString(userId), List.of("USER"), null, Duration.ofHours(2));
    }

    public static long userFor(long n) {
        return FIRST_USER + Math.floorMod(n, USERS);
    }

    /** Places an order of two dishes at shop 3 (optionally with the reusable coupon C5OFF); returns the answer. */
    public Http.Answer place(long userId, boolean withCoupon) throws IOException, InterruptedException {
        String body =
                "{\"shopId\":\"3\",\"items\":[{\"skuId\":\"301\",\"quantity\":1},{\"skuId\":\"302\",\"quantity\":1}],"
                        + (withCoupon ? "\"couponId\":\"C5OFF\"," : "")
                        + "\"address\":{\"contactName\":\"Bench User\",\"phone\":\"13900000000\",\"line1\":\"1 Bench Rd\","
                        + "\"city\":\"Hangzhou\"}}";
        return http.send(
                "POST",
                trade + "/api/v1/orders",
                user(userId),
                body,
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    /** A paid order of {@code userId}, waited for until order-query shows it PAID. */
    public Order paidOrder(long userId) throws IOException, InterruptedException {
        Http.Answer placed = place(userId, false);
        if (placed.status() != 201) {
            throw new IllegalStateException("placing an order failed: " + placed.status() + " " + placed.body());
        }
        String orderId = placed.text("orderId");
        Http.Answer paid = http.send("POST", trade + "/api/v1/orders/" + orderId + "/payments", user(userId), null);
        if (paid.status() != 200) {
            throw new IllegalStateException("starting a payment failed: " + paid.status() + " " + paid.body());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer read = http.get(query + "/api/v1/orders/" + orderId, user(userId));
            if (read.status() == 200 && "PAID".equals(read.text("status"))) {
                return new Order(orderId, userId);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("order " + orderId + " was not PAID within 30 s");
    }

    public void fault(String dependency, int latencyMs, double errorRate) throws IOException, InterruptedException {
        Http.Answer set = http.send(
                "POST",
                simulator + "/sim/faults",
                null,
                "{\"dependency\":\"" + dependency + "\",\"latencyMs\":" + latencyMs + ",\"errorRate\":" + errorRate
                        + "}");
        if (set.status() != 200) {
            throw new IllegalStateException("simulator refused the fault: " + set.body());
        }
    }

    public void clearFaults() throws IOException, InterruptedException {
        http.send("DELETE", simulator + "/sim/faults", null, null);
    }

    /** A quantile (in seconds) of a timer that publishes percentiles, from a service's {@code /actuator/prometheus}. */
    public double quantileSeconds(String service, String metric, String quantile)
            throws IOException, InterruptedException {
        Http.Answer scrape = http.get(service + "/actuator/prometheus", null);
        for (String line : scrape.body().split("\n")) {
            if (line.startsWith(metric + "{") && line.contains("quantile=\"" + quantile + "\"")) {
                return Double.parseDouble(
                        line.substring(line.lastIndexOf(' ') + 1).trim());
            }
        }
        throw new IllegalStateException(
                "no " + metric + " quantile " + quantile + " at " + service + "/actuator/prometheus");
    }

    /** Reads an order as its owner; true on 200. */
    public boolean readOrder(Order order) throws IOException, InterruptedException {
        return http.get(query + "/api/v1/orders/" + order.orderId(), user(order.userId()))
                        .status()
                == 200;
    }

    /** A new raw connection to the run's Redis. */
    public RawRedis redis() throws IOException {
        return new RawRedis(redisHost, redisPort);
    }

    public String trade() {
        return trade;
    }

    public Path home() {
        return home;
    }
}
