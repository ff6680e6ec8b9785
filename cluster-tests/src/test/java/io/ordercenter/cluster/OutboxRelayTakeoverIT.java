package io.ordercenter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each database's outbox is relayed by exactly one order-trade instance, the one holding its
 * {@code GET_LOCK}; when that instance dies (SIGKILL, no clean release) the other takes the locks over,
 * and no answered order's event is lost or overtaken by a later version of the same order.
 *
 * <p>Made deterministic: order-trade-2 is stopped (graceful) so order-trade-1 takes all four locks,
 * then started again so it waits for them, then order-trade-1 is killed under a steady load of
 * place + pay through the gateway.
 */
class OutboxRelayTakeoverIT {

    private static final long FIRST_USER = 1011;
    private static final int USERS = 10;
    private static final int SHOP = 6;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(8);
    private static final Duration AFTER_KILL = Duration.ofSeconds(20);
    /** Orders answered this close to the kill count for the takeover time. */
    private static final Duration AROUND_KILL = Duration.ofSeconds(5);

    private static ClusterClient client;

    /** What the load saw of one order: when its placement was answered and whether its payment was. */
    record Answered(String orderId, long version, long answeredAtMillis, boolean paymentAnswered) {}

    @BeforeAll
    static void connect() throws Exception {
        client = ClusterClient.connect();
    }

    @AfterAll
    static void leaveTheClusterWhole() throws Exception {
        if (client != null) {
            for (String trade : List.of("order-trade-1", "order-trade-2")) {
                if (!client.cluster().status().get(trade).up()) {
                    client.restart(trade);
                }
            }
        }
    }

    @Test
    void the_surviving_instance_takes_the_relay_over_and_every_answered_order_event_arrives_in_version_order()
            throws Exception {
        client.cluster().control("order-trade-2", "stop");
        awaitLocksHeld(Duration.ofSeconds(30));
        List<Long> holdersBefore = lockHolders();
        client.restart("order-trade-2");
        assertThat(lockHolders())
                .as("order-trade-2 waits: the holders did not change")
                .isEqualTo(holdersBefore);

        List<Answered> answered = new ArrayList<>();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        long killedAt;
        try (OrderEventLog events = OrderEventLog.fromNow(client.kafkaBootstrap())) {
            ExecutorService load = Executors.newFixedThreadPool(3);
            List<Future<List<Answered>>> workers = new ArrayList<>();
            long loadEnds =
                    System.currentTimeMillis() + BEFORE_KILL.plus(AFTER_KILL).toMillis();
            for (int w = 0; w < 3; w++) {
                int worker = w;
                workers.add(load.submit(() -> placeAndPayUntil(loadEnds, worker, failures)));
            }
            Thread.sleep(BEFORE_KILL.toMillis());
            killedAt = System.currentTimeMillis();
            client.cluster().control("order-trade-1", "kill");
            for (Future<List<Answered>> worker : workers) {
                answered.addAll(worker.get(2, TimeUnit.MINUTES));
            }
            load.shutdown();

            List<String> orderIds = answered.stream().map(Answered::orderId).toList();
            List<String> unplaced = events.awaitType(orderIds, "ORDER_PLACED", Duration.ofSeconds(60));
            List<String> paid = answered.stream()
                    .filter(Answered::paymentAnswered)
                    .map(Answered::orderId)
                    .toList();
            List<String> unpaid = events.awaitType(paid, "ORDER_PAID", Duration.ofSeconds(60));

            long takeover = 0;
            long worstOverall = 0;
            for (Answered order : answered) {
                var first = events.first(order.orderId(), order.version());
                if (first.isEmpty()) {
                    continue;
                }
                long delay = first.get().seenAtMillis() - order.answeredAtMillis();
                worstOverall = Math.max(worstOverall, delay);
                if (Math.abs(order.answeredAtMillis() - killedAt) <= AROUND_KILL.toMillis()) {
                    takeover = Math.max(takeover, delay);
                }
            }
            List<Long> holdersAfter = lockHolders();
            System.out.printf(
                    "outbox relay takeover: %d orders answered (%d paid, failed answers %s), longest answer-to-Kafka"
                            + " delay around the SIGKILL %d ms (whole run %d ms); lock holders %s -> %s%n",
                    answered.size(), paid.size(), failures, takeover, worstOverall, holdersBefore, holdersAfter);

            assertThat(answered).as("the load placed orders").hasSizeGreaterThan(20);
            assertThat(answered.stream().filter(a -> a.answeredAtMillis() > killedAt))
                    .as("orders answered after the kill")
                    .isNotEmpty();
            assertThat(unplaced)
                    .as("answered orders whose ORDER_PLACED never reached Kafka")
                    .isEmpty();
            assertThat(unpaid)
                    .as("paid orders whose ORDER_PAID never reached Kafka")
                    .isEmpty();
            for (String orderId : orderIds) {
                List<Long> versions = OrderEventLog.firstAppearances(events.of(orderId));
                assertThat(versions)
                        .as("first appearance of each version of " + orderId)
                        .isSorted();
            }
            assertThat(holdersAfter)
                    .as("every database's relay lock has a new holder")
                    .doesNotContainAnyElementsOf(holdersBefore);
            assertThat(takeover)
                    .as("takeover time")
                    .isLessThan(Duration.ofSeconds(30).toMillis());
        } finally {
            if (!client.cluster().status().get("order-trade-1").up()) {
                client.restart("order-trade-1");
            }
        }
    }

    /** One load worker: place an order through the gateway, then pay it, until {@code endsAt}. */
    private static List<Answered> placeAndPayUntil(long endsAt, int worker, Map<String, Integer> failures)
            throws Exception {
        List<Answered> answered = new ArrayList<>();
        int i = 0;
        while (System.currentTimeMillis() < endsAt) {
            long user = FIRST_USER + (worker * 3L + i++) % USERS;
            HttpResponse<String> placed = client.place(client.gateway(), user, SHOP, "1390000" + user);
            long at = System.currentTimeMillis();
            if (placed.statusCode() != 201) {
                failures.merge("place " + placed.statusCode(), 1, Integer::sum);
                Thread.sleep(100);
                continue;
            }
            var order = ClusterClient.JSON.readTree(placed.body());
            String orderId = order.path("orderId").asString();
            HttpResponse<String> payment = client.post(
                    client.gateway(), "/api/v1/orders/" + orderId + "/payments", client.user(user), null, null);
            if (payment.statusCode() != 200) {
                failures.merge("pay " + payment.statusCode(), 1, Integer::sum);
            }
            answered.add(new Answered(orderId, order.path("version").asLong(), at, payment.statusCode() == 200));
            Thread.sleep(150);
        }
        return answered;
    }

    /** The MariaDB connection id holding each database's relay lock (null: free). */
    private static List<Long> lockHolders() throws Exception {
        List<Long> holders = new ArrayList<>();
        for (int db = 0; db < 4; db++) {
            try (Connection connection = client.database(db);
                    Statement statement = connection.createStatement();
                    ResultSet row =
                            statement.executeQuery("SELECT IS_USED_LOCK('ordercenter_outbox_relay_" + db + "')")) {
                row.next();
                long holder = row.getLong(1);
                holders.add(row.wasNull() ? null : holder);
            }
        }
        return holders;
    }

    private static void awaitLocksHeld(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (lockHolders().contains(null)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("relay locks not all held: " + lockHolders());
            }
            Thread.sleep(250);
        }
    }
}
