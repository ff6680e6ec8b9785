package io.ordercenter.bench;

import io.ordercenter.bench.figures.CachedRead;
import io.ordercenter.bench.figures.FanOut;
import io.ordercenter.bench.figures.Isolation;
import io.ordercenter.bench.load.ClosedLoop;
import io.ordercenter.bench.report.Figure;
import io.ordercenter.bench.report.Report;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark against a running local run ({@code ./ordercenter up}); {@code load-tests/bench}
 * starts and stops one around it. Every figure is a ratio of two phases measured side by side in
 * this run, each phase a warm-up plus a fixed measured time, so a run is bounded: about
 * {@code 2 x (warm-up + measured)} per figure.
 *
 * <pre>
 * Bench [--home .ordercenter] [--out load-tests/target/bench] [--workers 2]
 *       [--warm-up PT3S] [--measure PT10S] [--only B2,B3,B5] [--global-warm-up PT20S]
 * </pre>
 */
public final class Bench {

    /** How hard and how long each measured phase runs. */
    public record Settings(int workers, Duration warmUp, Duration measured) {}

    private static final Duration SETTLE = Duration.ofSeconds(5);

    private Bench() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> options = options(argv);
        Path home = Path.of(options.getOrDefault("home", ".ordercenter")).toAbsolutePath();
        Path out =
                Path.of(options.getOrDefault("out", "load-tests/target/bench")).toAbsolutePath();
        Settings settings = new Settings(
                Integer.parseInt(options.getOrDefault("workers", "2")),
                Duration.parse(options.getOrDefault("warm-up", "PT3S")),
                Duration.parse(options.getOrDefault("measure", "PT10S")));
        Set<String> only = Set.of(options.getOrDefault("only", "B2,B3,B5").split(","));

        LocalRun run = LocalRun.of(home);
        System.out.println("[bench] preparing paid orders to read ...");
        List<LocalRun.Order> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add(run.paidOrder(LocalRun.userFor(i)));
        }
        warmUpEverything(run, orders, Duration.parse(options.getOrDefault("global-warm-up", "PT20S")));
        // reads first: writes leave work behind (projections, indexing) that would load the reads;
        // the hanging-coupon phase last: it opens the coupon breaker for a while
        List<Figure> figures = new ArrayList<>();
        if (only.contains("B3")) {
            figures.add(announce(CachedRead.measure(run, settings, orders)));
        }
        if (only.contains("B5")) {
            figures.add(announce(Isolation.searchStalled(run, settings, orders)));
        }
        if (only.contains("B2")) {
            settle();
            figures.add(announce(FanOut.measure(run, settings)));
        }
        if (only.contains("B5")) {
            settle();
            figures.add(announce(Isolation.couponHangs(run, settings)));
        }
        Map<String, String> context = new LinkedHashMap<>();
        context.put(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        context.put(
                "load",
                settings.workers() + " closed-loop workers per phase, warm-up " + settings.warmUp() + ", measured "
                        + settings.measured());
        context.put("target", "the local run in " + home + " (127.0.0.1 only)");
        context.put("not yet measured", "B1 write efficiency, B4 data-volume growth, B6 event lag, B7 mixed peak");
        Path report = Report.write(out, context, figures);
        System.out.println("[bench] report: " + report);
    }

    /**
     * Runs reads and placements for a while before any figure, unmeasured: a freshly started run is
     * still compiling its hot paths, which would show up as the slower side of the first ratios.
     */
    private static void warmUpEverything(LocalRun run, List<LocalRun.Order> orders, Duration length)
            throws InterruptedException {
        System.out.println("[bench] warming up the services for " + length + " ...");
        AtomicLong n = new AtomicLong();
        ClosedLoop.run("global warm-up", 2, length, Duration.ZERO, worker -> {
            long i = n.getAndIncrement();
            if (i % 10 == 0) {
                return run.place(LocalRun.userFor(i), i % 20 == 0).status() == 201;
            }
            return run.readOrder(orders.get((int) (i % orders.size())));
        });
        settle();
    }

    /** Lets the services finish what the previous phase left behind before the next is measured. */
    private static void settle() throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
    }

    private static Figure announce(Figure figure) {
        System.out.printf(
                Locale.ROOT,
                "[bench] %-4s %-70s %8.3f  goal %-8s %s%n",
                figure.id(),
                figure.title(),
                figure.ratio(),
                figure.goal(),
                figure.met() ? "met" : "NOT MET");
        return figure;
    }

    private static Map<String, String> options(String[] argv) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("options are --name value pairs: " + String.join(" ", argv));
            }
            options.put(argv[i].substring(2), argv[++i]);
        }
        return options;
    }
}
