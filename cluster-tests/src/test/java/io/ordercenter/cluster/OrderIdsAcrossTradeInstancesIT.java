package io.ordercenter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two order-trade instances issue order ids at the same time without a collision, because each holds
 * its own worker-id lease ({@code WorkerIdLease}) and the id carries it.
 */
class OrderIdsAcrossTradeInstancesIT {

    private static final int PER_TARGET = 30;
    private static final long FIRST_USER = 1021;
    private static ClusterClient client;

    @BeforeAll
    static void connect() throws Exception {
        client = ClusterClient.connect();
    }

    @Test
    void orders_placed_concurrently_on_both_instances_and_the_gateway_get_distinct_ids_with_one_worker_id_each()
            throws Exception {
        Map<String, String> targets = new TreeMap<>();
        targets.put("order-trade-1", client.url("order-trade-1"));
        targets.put("order-trade-2", client.url("order-trade-2"));
        targets.put("gateway", client.gateway());

        ExecutorService pool = Executors.newFixedThreadPool(6);
        Map<String, List<Future<HttpResponse<String>>>> answers = new TreeMap<>();
        try {
            for (int i = 0; i < PER_TARGET; i++) {
                for (var target : targets.entrySet()) {
                    long user = FIRST_USER + (i % 10);
                    Callable<HttpResponse<String>> place =
                            () -> client.place(target.getValue(), user, 5, "1390000" + user);
                    answers.computeIfAbsent(target.getKey(), k -> new ArrayList<>())
                            .add(pool.submit(place));
                }
            }
            Map<String, List<Long>> ids = new TreeMap<>();
            for (var target : answers.entrySet()) {
                for (Future<HttpResponse<String>> answer : target.getValue()) {
                    HttpResponse<String> response = answer.get();
                    assertThat(response.statusCode())
                            .as(target.getKey() + ": " + response.body())
                            .isEqualTo(201);
                    ids.computeIfAbsent(target.getKey(), k -> new ArrayList<>())
                            .add(Long.parseLong(ClusterClient.JSON
                                    .readTree(response.body())
                                    .path("orderId")
                                    .asString()));
                }
            }

            List<Long> all = ids.values().stream().flatMap(List::stream).toList();
            assertThat(all).hasSize(3 * PER_TARGET).doesNotHaveDuplicates();
            Set<Integer> workers1 = workerIds(ids.get("order-trade-1"));
            Set<Integer> workers2 = workerIds(ids.get("order-trade-2"));
            System.out.printf(
                    "order ids: %d distinct from %d orders; worker ids order-trade-1 %s, order-trade-2 %s, gateway %s%n",
                    new HashSet<>(all).size(), all.size(), workers1, workers2, workerIds(ids.get("gateway")));
            assertThat(workers1).as("order-trade-1 holds one worker id").hasSize(1);
            assertThat(workers2).as("order-trade-2 holds one worker id").hasSize(1);
            assertThat(workers1).doesNotContainAnyElementsOf(workers2);
            Set<Integer> both = new HashSet<>(workers1);
            both.addAll(workers2);
            assertThat(both).containsAll(workerIds(ids.get("gateway")));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Set<Integer> workerIds(List<Long> ids) {
        Set<Integer> workers = new HashSet<>();
        ids.forEach(id -> workers.add(ClusterClient.workerIdOf(id)));
        return workers;
    }
}
