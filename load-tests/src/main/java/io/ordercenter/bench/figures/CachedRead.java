package io.ordercenter.bench.figures;

import io.ordercenter.bench.Bench;
import io.ordercenter.bench.LocalRun;
import io.ordercenter.bench.client.RawRedis;
import io.ordercenter.bench.load.ClosedLoop;
import io.ordercenter.bench.load.Sample;
import io.ordercenter.bench.report.Figure;
import io.ordercenter.contracts.CacheKeys;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * B3: p99 of {@code GET /orders/{id}} on a cache hit, divided by the p99 of a raw Redis {@code GET}
 * of the same cache key from the same host, at the same concurrency.
 */
public final class CachedRead {

    private CachedRead() {}

    public static Figure measure(LocalRun run, Bench.Settings settings, List<LocalRun.Order> orders) throws Exception {
        for (LocalRun.Order order : orders) { // fill the cache
            run.readOrder(order);
            run.readOrder(order);
        }
        Sample api = ClosedLoop.run(
                "GET /orders/{id} (cache hit)",
                settings.workers(),
                settings.warmUp(),
                settings.measured(),
                worker -> run.readOrder(orders.get(ThreadLocalRandom.current().nextInt(orders.size()))));
        RawRedis[] connections = new RawRedis[settings.workers()];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = run.redis();
        }
        try {
            Sample redis = ClosedLoop.run(
                    "raw Redis GET of the same key",
                    settings.workers(),
                    settings.warmUp(),
                    settings.measured(),
                    worker -> connections[worker].get(CacheKeys.order(
                                    orders.get(ThreadLocalRandom.current().nextInt(orders.size()))
                                            .orderId()))
                            != null);
            double ratio = api.millis(99) / redis.millis(99);
            return Figure.atMost(
                    "B3",
                    "cached read vs raw Redis GET (p99)",
                    ratio,
                    4,
                    String.format(
                            java.util.Locale.ROOT,
                            "p99 %.2f ms through order-query (JWT, access check, cache hit) / p99 %.2f ms of a raw"
                                    + " RESP GET of the same keys; %d workers each, %d orders.",
                            api.millis(99),
                            redis.millis(99),
                            settings.workers(),
                            orders.size()),
                    api,
                    redis);
        } finally {
            for (RawRedis connection : connections) {
                connection.close();
            }
        }
    }
}
