package io.ordercenter.bench.figures;

import io.ordercenter.bench.Bench;
import io.ordercenter.bench.LocalRun;
import io.ordercenter.bench.load.ClosedLoop;
import io.ordercenter.bench.load.Sample;
import io.ordercenter.bench.report.Figure;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B2: place-order p50 with every dependency it calls answering after 20 ms, divided by (20 ms + the
 * p50 of the order's own database transaction). Shop, menu and member status are asked in
 * parallel, then stock and coupon in parallel: a parallel design pays about one dependency latency
 * per round, a serial one about five.
 */
public final class FanOut {

    static final int LATENCY_MS = 20;
    private static final List<String> DEPENDENCIES = List.of("shop", "menu", "user", "inventory", "coupon");

    private FanOut() {}

    public static Figure measure(LocalRun run, Bench.Settings settings) throws Exception {
        AtomicLong next = new AtomicLong();
        try {
            for (String dependency : DEPENDENCIES) {
                run.fault(dependency, LATENCY_MS, 0);
            }
            Sample place = ClosedLoop.run(
                    "place order, dependencies at " + LATENCY_MS + " ms",
                    settings.workers(),
                    settings.warmUp(),
                    settings.measured(),
                    worker -> run.place(LocalRun.userFor(next.getAndIncrement()), false)
                                    .status()
                            == 201);
            double transactionMs =
                    1000 * run.quantileSeconds(run.trade(), "ordercenter_order_place_transaction_seconds", "0.5");
            // context: a coupon adds a round (its reservation needs the goods total, known from the menu)
            Sample withCoupon = ClosedLoop.run(
                    "place order with a coupon, dependencies at " + LATENCY_MS + " ms",
                    settings.workers(),
                    settings.warmUp(),
                    settings.measured(),
                    worker -> run.place(LocalRun.userFor(next.getAndIncrement()), true)
                                    .status()
                            == 201);
            double ratio = place.millis(50) / (LATENCY_MS + transactionMs);
            return Figure.atMost(
                    "B2",
                    "parallel fan-out (place-order p50 / (20 ms + own transaction p50))",
                    ratio,
                    1.3,
                    String.format(
                            Locale.ROOT,
                            "place-order p50 %.1f ms with shop, menu, user and inventory each answering after %d ms;"
                                    + " the order's own database transaction p50 %.1f ms (order-trade's"
                                    + " ordercenter.order.place.transaction timer); a serial design would score about"
                                    + " 4. With a coupon as well (one more dependency, one more round): p50 %.1f ms.",
                            place.millis(50),
                            LATENCY_MS,
                            transactionMs,
                            withCoupon.millis(50)),
                    place,
                    withCoupon);
        } finally {
            run.clearFaults();
        }
    }
}
