package io.ordercenter.bench.report;

import io.ordercenter.bench.load.Sample;
import java.util.List;

/**
 * One headline figure of BENCHMARKS.md: a ratio measured side by side in one run, its goal, and the
 * samples it came from (their absolute times are context).
 *
 * @param id B1..B7, with a letter when a figure has parts (B5a)
 * @param title what is compared
 * @param ratio the headline number
 * @param goal e.g. {@code <= 4}
 * @param met whether the ratio meets the goal
 * @param how how it was computed, in one sentence with the absolute numbers
 * @param samples the measured phases behind it
 */
public record Figure(
        String id, String title, double ratio, String goal, boolean met, String how, List<Sample> samples) {

    public Figure {
        samples = List.copyOf(samples);
    }

    /** A figure whose goal is an upper bound on the ratio. */
    public static Figure atMost(String id, String title, double ratio, double bound, String how, Sample... samples) {
        return new Figure(id, title, ratio, "<= " + bound, ratio <= bound, how, List.of(samples));
    }

    /** A figure that is reported, not judged (B6, B7). */
    public static Figure reported(String id, String title, double value, String how, Sample... samples) {
        return new Figure(id, title, value, "reported", true, how, List.of(samples));
    }
}
