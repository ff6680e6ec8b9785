package io.ordercenter.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** The latencies (HdrHistogram, microsecond resolution) and outcomes of one measured phase. */
public final class Sample {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final String name;
    private final Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile long elapsedNanos;

    public Sample(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Records one call; failed calls count as errors and are kept out of the latencies. */
    public void record(long nanos, boolean success) {
        if (success) {
            histogram.recordValue(Math.min(MAX_MICROS, Math.max(1, nanos / 1_000)));
            ok.incrementAndGet();
        } else {
            errors.incrementAndGet();
        }
    }

    void finish(long elapsedNanos) {
        this.elapsedNanos = elapsedNanos;
    }

    /** The latency at {@code percentile} (0..100) in milliseconds. */
    public double millis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    public long ok() {
        return ok.get();
    }

    public long errors() {
        return errors.get();
    }

    /** Successful calls a second over the measured phase. */
    public double perSecond() {
        return elapsedNanos == 0 ? 0 : ok.get() * 1e9 / elapsedNanos;
    }

    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", name);
        summary.put("ok", ok.get());
        summary.put("errors", errors.get());
        summary.put("perSecond", round(perSecond()));
        summary.put("p50ms", round(millis(50)));
        summary.put("p90ms", round(millis(90)));
        summary.put("p99ms", round(millis(99)));
        summary.put("p999ms", round(millis(99.9)));
        summary.put("maxMs", round(histogram.getMaxValue() / 1_000.0));
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
