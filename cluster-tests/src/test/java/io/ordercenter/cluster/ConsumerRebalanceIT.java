package io.ordercenter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every concern of order-async is a consumer group over both instances. Killing one instance (SIGKILL,
 * offsets of in-flight events not committed) and adding it back moves partitions twice; redelivered
 * events must not double a side effect and no event may be lost: every order reaches the shop copy,
 * the search index and the timeline, pushes stay one per (order, version, recipient), the user stats
 * count each order once and each completed order earns one red envelope.
 */
class ConsumerRebalanceIT {

    private static final int ORDERS = 30;
    private static final int SHOP = 7;
    private static final String MERCHANT = "9007";
    private static final String RIDER = "5007";
    private static final long FIRST_USER = 1041;
    private static final int USERS = 6;
    private static ClusterClient client;
    private static final String PHONE_PREFIX = "1375" + (100 + (System.currentTimeMillis() / 1000) % 900);

    @BeforeAll
    static void connect() throws Exception {
        client = ClusterClient.connect();
    }

    @AfterAll
    static void leaveTheClusterWhole() throws Exception {
        if (client != null && !client.cluster().status().get("order-async-1").up()) {
            client.restart("order-async-1");
        }
    }

    @Test
    void an_instance_killed_and_added_back_while_orders_complete_loses_no_event_and_doubles_no_side_effect()
            throws Exception {
        Map<Long, JsonNode> statsBefore = new HashMap<>();
        Map<Long, Integer> grantsBefore = new HashMap<>();
        for (long user = FIRST_USER; user < FIRST_USER + USERS; user++) {
            statsBefore.put(user, stats(user));
            grantsBefore.put(
                    user,
                    client.simulator("/sim/grants?userId=" + user).path("items").size());
        }

        AtomicInteger done = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<String>> lifecycles = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            long user = FIRST_USER + i % USERS;
            String phone = PHONE_PREFIX + String.format("%04d", i);
            lifecycles.add(load.submit(() -> {
                String orderId = completeOrder(user, phone);
                done.incrementAndGet();
                return orderId;
            }));
        }
        awaitCount(done, ORDERS / 3, lifecycles);
        long killedAt = System.nanoTime();
        client.cluster().control("order-async-1", "kill");
        awaitCount(done, 2 * ORDERS / 3, lifecycles);
        client.restart("order-async-1");
        long restartedAfter = (System.nanoTime() - killedAt) / 1_000_000;
        List<String> orderIds = new ArrayList<>();
        Map<String, Long> userOf = new HashMap<>();
        for (int i = 0; i < ORDERS; i++) {
            String orderId = lifecycles.get(i).get(3, TimeUnit.MINUTES);
            orderIds.add(orderId);
            userOf.put(orderId, FIRST_USER + i % USERS);
        }
        load.shutdown();
        int completedAfterRestart = ORDERS - done.get();

        String support = client.support();
        String merchant = client.token("MERCHANT", MERCHANT, Integer.toString(SHOP));
        awaitListed("/api/v1/shops/" + SHOP + "/orders?status=COMPLETED&limit=100", merchant, orderIds);
        awaitListed(
                "/api/v1/search/orders?phonePrefix=" + PHONE_PREFIX + "&status=COMPLETED&limit=100", support, orderIds);

        int pushes = 0;
        for (String orderId : orderIds) {
            long version = client.awaitOrder(orderId, o -> ClusterClient.hasStatus(o, "COMPLETED"))
                    .path("version")
                    .asLong();
            JsonNode timeline = awaitTimeline(orderId, version);
            List<String> stateChanges = new ArrayList<>();
            int envelopes = 0;
            for (JsonNode entry : timeline.path("entries")) {
                String kind = entry.path("kind").asString();
                if (kind.equals("STATE_CHANGED")) {
                    stateChanges.add(entry.path("service").asString() + "@"
                            + entry.path("version").asLong());
                }
                if (kind.equals("RED_ENVELOPE_GRANTED")) {
                    envelopes++;
                }
            }
            assertThat(stateChanges)
                    .as(orderId + " state changes on the timeline")
                    .doesNotHaveDuplicates();
            assertThat(envelopes).as(orderId + " red envelope entries").isEqualTo(1);

            JsonNode items = client.simulator("/sim/push?orderId=" + orderId).path("items");
            List<String> notifications = new ArrayList<>();
            items.forEach(n -> notifications.add(n.path("notificationId").asString()));
            assertThat(notifications).as(orderId + " pushes").isNotEmpty().doesNotHaveDuplicates();
            assertThat(notifications).allSatisfy(n -> assertThat(n).startsWith(orderId + "-"));
            pushes += notifications.size();
        }

        Map<Long, Long> placedPerUser = new HashMap<>();
        userOf.values().forEach(u -> placedPerUser.merge(u, 1L, Long::sum));
        int grants = 0;
        for (long user = FIRST_USER; user < FIRST_USER + USERS; user++) {
            long expected = placedPerUser.getOrDefault(user, 0L);
            JsonNode before = statsBefore.get(user);
            JsonNode after = awaitStats(user, before, expected);
            assertThat(after.path("orderCount").asLong()
                            - before.path("orderCount").asLong())
                    .as("user " + user + " orderCount grew by the orders placed")
                    .isEqualTo(expected);
            assertThat(after.path("completedCount").asLong()
                            - before.path("completedCount").asLong())
                    .as("user " + user + " completedCount grew by the orders completed")
                    .isEqualTo(expected);
            JsonNode userGrants = client.simulator("/sim/grants?userId=" + user).path("items");
            List<String> grantIds = new ArrayList<>();
            userGrants.forEach(g -> grantIds.add(g.path("grantId").asString()));
            assertThat(grantIds.size() - grantsBefore.get(user))
                    .as("user " + user + " red envelopes")
                    .isEqualTo((int) expected);
            grants += grantIds.size() - grantsBefore.get(user);
            for (var order : userOf.entrySet()) {
                if (order.getValue() == user) {
                    assertThat(grantIds).contains("re-" + order.getKey());
                }
            }
        }
        System.out.printf(
                "consumer rebalance: %d orders completed (%d after order-async-1 was back, %d ms after the kill);"
                        + " all in shop copy, search and timeline; %d pushes, no duplicate; %d red envelopes;"
                        + " stats grew by exactly the %d orders%n",
                ORDERS, completedAfterRestart, restartedAfter, pushes, grants, ORDERS);
        assertThat(Set.copyOf(orderIds)).hasSize(ORDERS);
    }

    /** Place, pay, and take the order through to COMPLETED with merchant and rider (the rider who picks it up). */
    private static String completeOrder(long user, String phone) throws Exception {
        HttpResponse<String> placed = client.place(client.gateway(), user, SHOP, phone);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String orderId =
                ClusterClient.JSON.readTree(placed.body()).path("orderId").asString();
        String owner = client.user(user);
        String merchant = client.token("MERCHANT", MERCHANT, Integer.toString(SHOP));
        String rider = client.token("RIDER", RIDER, null);
        expectOk(orderId, "/payments", owner, null);
        client.awaitOrder(orderId, o -> ClusterClient.hasStatus(o, "PAID"));
        expectOk(orderId, "/accept", merchant, null);
        expectOk(orderId, "/ready", merchant, null);
        expectOk(orderId, "/pickup", rider, null);
        expectOk(orderId, "/deliver", rider, null);
        expectOk(orderId, "/confirm", owner, null);
        return orderId;
    }

    private static void expectOk(String orderId, String action, String token, String body) throws Exception {
        HttpResponse<String> response =
                client.post(client.gateway(), "/api/v1/orders/" + orderId + action, token, body, null);
        assertThat(response.statusCode())
                .as(orderId + action + ": " + response.body())
                .isEqualTo(200);
    }

    /** Waits until {@code count} orders are completed; returns early when a lifecycle failed (its get() throws). */
    private static void awaitCount(AtomicInteger done, int count, List<Future<String>> lifecycles)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (done.get() < count
                && System.nanoTime() < deadline
                // a lifecycle counts itself before it ends, so more ended than counted means one failed
                && lifecycles.stream().filter(Future::isDone).count() <= done.get()) {
            Thread.sleep(100);
        }
    }

    private static JsonNode stats(long user) throws Exception {
        HttpResponse<String> response =
                client.get(client.gateway(), "/api/v1/users/" + user + "/stats", client.support());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ClusterClient.JSON.readTree(response.body());
    }

    /** Waits until the user's completed count has grown by {@code expected} (or the wait ends), then a little more. */
    private static JsonNode awaitStats(long user, JsonNode before, long expected) throws Exception {
        long deadline = System.nanoTime() + ClusterClient.EVENTUALLY.toNanos();
        JsonNode now = stats(user);
        while (now.path("completedCount").asLong()
                                - before.path("completedCount").asLong()
                        < expected
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            now = stats(user);
        }
        return now;
    }

    private static JsonNode awaitTimeline(String orderId, long version) throws Exception {
        long deadline = System.nanoTime() + ClusterClient.EVENTUALLY.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response =
                    client.get(client.gateway(), "/api/v1/orders/" + orderId + "/timeline", client.support());
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonNode timeline = ClusterClient.JSON.readTree(response.body());
                boolean complete = true;
                boolean envelope = false;
                List<Long> versions = new ArrayList<>();
                for (JsonNode entry : timeline.path("entries")) {
                    if (entry.path("kind").asString().equals("STATE_CHANGED")) {
                        versions.add(entry.path("version").asLong());
                    }
                    envelope |= entry.path("kind").asString().equals("RED_ENVELOPE_GRANTED");
                }
                for (long v = 1; v <= version; v++) {
                    complete &= versions.contains(v);
                }
                if (complete && envelope) {
                    return timeline;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "timeline of " + orderId + " lacks a state change up to version " + version + ": " + last);
    }

    /** Waits until the list at {@code path} (all pages of it) holds every order of {@code orderIds}. */
    private static void awaitListed(String path, String token, List<String> orderIds) throws Exception {
        long deadline = System.nanoTime() + ClusterClient.EVENTUALLY.toNanos();
        List<String> missing = new ArrayList<>(orderIds);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = client.get(client.gateway(), path, token);
            if (response.statusCode() == 200) {
                String body = response.body();
                missing.removeIf(id -> body.contains("\"" + id + "\""));
                if (missing.isEmpty()) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " does not list " + missing);
    }
}
