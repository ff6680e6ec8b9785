package io.ordercenter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two order-async instances poll the same {@code t_delay_task} tables; each unpaid timeout is
 * claimed by one of them once ({@code FOR UPDATE SKIP LOCKED} under a lease), so every unpaid order is
 * cancelled exactly once. The cluster run of the tests has a short unpaid timeout ({@link
 * ClusterRun#UNPAID_TIMEOUT}).
 */
class UnpaidTimeoutClaimedOnceIT {

    private static final int ORDERS = 24;
    private static final long FIRST_USER = 1031;
    private static ClusterClient client;

    @BeforeAll
    static void connect() throws Exception {
        client = ClusterClient.connect();
    }

    @Test
    void every_unpaid_order_is_cancelled_once_with_one_cancellation_event_and_one_successful_claim() throws Exception {
        List<String> orderIds = new ArrayList<>();
        Map<String, Long> placedVersion = new HashMap<>();
        try (OrderEventLog events = OrderEventLog.fromNow(client.kafkaBootstrap())) {
            for (int i = 0; i < ORDERS; i++) {
                long user = FIRST_USER + i % 10;
                HttpResponse<String> placed = client.place(client.gateway(), user, 8, "1390000" + user);
                assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
                var order = ClusterClient.JSON.readTree(placed.body());
                orderIds.add(order.path("orderId").asString());
                placedVersion.put(
                        order.path("orderId").asString(), order.path("version").asLong());
            }
            long placedAt = System.currentTimeMillis();

            Duration within = ClusterRun.UNPAID_TIMEOUT.plus(Duration.ofSeconds(60));
            List<String> notCancelled = events.awaitType(orderIds, "ORDER_CANCELLED", within);
            assertThat(notCancelled).as("orders without a cancellation event").isEmpty();
            for (String orderId : orderIds) {
                var order = client.awaitOrder(orderId, o -> ClusterClient.hasStatus(o, "CANCELLED"));
                assertThat(order.path("version").asLong())
                        .as(orderId + ": one version step")
                        .isEqualTo(placedVersion.get(orderId) + 1);
            }
            Thread.sleep(3000); // a second claim, if there were one, would publish by now
            Map<String, Long> cancellations = new HashMap<>();
            for (String orderId : orderIds) {
                var cancelled = events.of(orderId).stream()
                        .filter(s -> s.type().equals("ORDER_CANCELLED"))
                        .toList();
                cancellations.put(
                        orderId,
                        cancelled.stream()
                                .map(OrderEventLog.Seen::eventId)
                                .distinct()
                                .count());
                assertThat(cancelled).as(orderId + " cancellation records").hasSize(1);
                assertThat(cancelled.get(0).version()).isEqualTo(placedVersion.get(orderId) + 1);
            }

            Map<String, String> tasks = unpaidTimeoutTasks(orderIds);
            System.out.printf(
                    "unpaid timeouts: %d orders cancelled %.0f s after placing (timeout %s), %d cancellation events,"
                            + " tasks %s%n",
                    orderIds.size(),
                    (System.currentTimeMillis() - placedAt) / 1e3,
                    ClusterRun.UNPAID_TIMEOUT,
                    cancellations.values().stream().mapToLong(Long::longValue).sum(),
                    tasks.values().stream().collect(Collectors.groupingBy(t -> t, Collectors.counting())));
            assertThat(tasks).as("one UNPAID_TIMEOUT row per order").hasSize(ORDERS);
            assertThat(tasks.values()).as("status/attempts of each task").containsOnly("DONE/1");
        }
    }

    /** {@code status/attempts} of each order's UNPAID_TIMEOUT task, read from all four databases. */
    private static Map<String, String> unpaidTimeoutTasks(List<String> orderIds) throws Exception {
        Map<String, String> tasks = new HashMap<>();
        String in = orderIds.stream().map(id -> "?").collect(Collectors.joining(","));
        for (int db = 0; db < 4; db++) {
            try (Connection connection = client.database(db);
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT order_id, status, attempts FROM t_delay_task WHERE kind = 'UNPAID_TIMEOUT'"
                                    + " AND order_id IN (" + in + ")")) {
                for (int i = 0; i < orderIds.size(); i++) {
                    statement.setLong(i + 1, Long.parseLong(orderIds.get(i)));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String previous =
                                tasks.put(Long.toString(rows.getLong(1)), rows.getString(2) + "/" + rows.getInt(3));
                        assertThat(previous)
                                .as("a second task row for " + rows.getLong(1))
                                .isNull();
                    }
                }
            }
        }
        return tasks;
    }
}
