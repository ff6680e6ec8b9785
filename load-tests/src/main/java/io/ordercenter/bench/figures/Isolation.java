package io.ordercenter.bench.figures;

import io.ordercenter.bench.Bench;
import io.ordercenter.bench.LocalRun;
import io.ordercenter.bench.client.Stall;
import io.ordercenter.bench.load.ClosedLoop;
import io.ordercenter.bench.load.Sample;
import io.ordercenter.bench.report.Figure;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B5: a dependency in trouble costs only what depends on it. (a) {@code GET /orders/{id}} p99 while
 * Elasticsearch is frozen (SIGSTOP: connections stay open, nothing answers), over the same with it
 * healthy; (b) place-order p99 while the coupon service hangs, over the coupon time limit.
 */
public final class Isolation {

    /** order-trade's coupon time limit (resilience4j.timelimiter.instances.coupon). */
    static final Duration COUPON_LIMIT = Duration.ofMillis(800);

    private Isolation() {}

    public static Figure searchStalled(LocalRun run, Bench.Settings settings, List<LocalRun.Order> orders)
            throws Exception {
        ClosedLoop.Call read =
                worker -> run.readOrder(orders.get(ThreadLocalRandom.current().nextInt(orders.size())));
        Sample healthy = ClosedLoop.run(
                "GET /orders/{id}, Elasticsearch healthy",
                settings.workers(),
                settings.warmUp(),
                settings.measured(),
                read);
        Sample stalled;
        try (Stall ignored = Stall.freeze(run.home().resolve("elasticsearch/elasticsearch.pid"))) {
            stalled = ClosedLoop.run(
                    "GET /orders/{id}, Elasticsearch frozen",
                    settings.workers(),
                    settings.warmUp(),
                    settings.measured(),
                    read);
        }
        double ratio = stalled.millis(99) / healthy.millis(99);
        return Figure.atMost(
                "B5a",
                "read by id with search frozen / healthy (p99)",
                ratio,
                1.2,
                String.format(
                        Locale.ROOT,
                        "p99 %.2f ms with Elasticsearch frozen / %.2f ms healthy, %d workers.",
                        stalled.millis(99),
                        healthy.millis(99),
                        settings.workers()),
                healthy,
                stalled);
    }

    public static Figure couponHangs(LocalRun run, Bench.Settings settings) throws Exception {
        AtomicLong next = new AtomicLong();
        Sample place;
        try {
            run.fault("coupon", 30_000, 0);
            place = ClosedLoop.run(
                    "place order with a coupon, coupon service hanging",
                    settings.workers(),
                    settings.warmUp(),
                    settings.measured(),
                    // a bounded 503 is the expected answer here: what is measured is how long it takes
                    worker -> run.place(LocalRun.userFor(next.getAndIncrement()), true)
                                    .status()
                            > 0);
        } finally {
            run.clearFaults();
        }
        double ratio = place.millis(99) / COUPON_LIMIT.toMillis();
        return Figure.atMost(
                "B5b",
                "place-order with the coupon service hanging / coupon time limit (p99)",
                ratio,
                1.5,
                String.format(
                        Locale.ROOT,
                        "place-order p99 %.0f ms while the coupon service never answers / the %d ms coupon time"
                                + " limit (answers are 503 DEPENDENCY_UNAVAILABLE, or fast 503s once the breaker opens).",
                        place.millis(99),
                        COUPON_LIMIT.toMillis()),
                place);
    }
}
