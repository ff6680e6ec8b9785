package io.ordercenter.bench.report;

import io.ordercenter.bench.load.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's figures under one directory: {@code report.md} (the table, with a chart per
 * figure), {@code figures.json} (every number, for tooling) and {@code charts/*.svg} (latency
 * percentiles of the samples side by side).
 */
public final class Report {

    private static final double[] PERCENTILES = {50, 90, 99, 99.9};

    private Report() {}

    public static Path write(Path dir, Map<String, String> context, List<Figure> figures) throws IOException {
        Files.createDirectories(dir.resolve("charts"));
        StringBuilder md = new StringBuilder("# Order Center benchmark\n\n");
        md.append("Run ")
                .append(Instant.now())
                .append(". Every headline figure is a ratio measured side by side ")
                .append("in this run; absolute times are context (the machine is shared and noisy).\n\n");
        context.forEach(
                (k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| figure | what | value | goal | met |\n|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ")
                    .append(f.id())
                    .append(" | ")
                    .append(f.title())
                    .append(" | ")
                    .append(format(f.ratio()))
                    .append(" | ")
                    .append(f.goal())
                    .append(" | ")
                    .append(f.goal().equals("reported") ? "—" : f.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        for (Figure f : figures) {
            md.append("\n## ")
                    .append(f.id())
                    .append(" — ")
                    .append(f.title())
                    .append("\n\n")
                    .append(f.how())
                    .append("\n\n")
                    .append("| sample | ok | errors | per s | p50 ms | p90 ms | p99 ms | p99.9 ms |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (Sample s : f.samples()) {
                md.append("| ")
                        .append(s.name())
                        .append(" | ")
                        .append(s.ok())
                        .append(" | ")
                        .append(s.errors())
                        .append(" | ")
                        .append(format(s.perSecond()));
                for (double p : PERCENTILES) {
                    md.append(" | ").append(format(s.millis(p)));
                }
                md.append(" |\n");
            }
            if (!f.samples().isEmpty()) {
                String chart = "charts/" + f.id().toLowerCase(Locale.ROOT) + ".svg";
                Files.writeString(dir.resolve(chart), chart(f));
                md.append("\n![").append(f.id()).append("](").append(chart).append(")\n");
            }
        }
        Files.writeString(dir.resolve("report.md"), md.toString());
        Files.writeString(dir.resolve("figures.json"), json(context, figures));
        return dir.resolve("report.md");
    }

    static String json(Map<String, String> context, List<Figure> figures) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("title", f.title());
            m.put("value", f.ratio());
            m.put("goal", f.goal());
            m.put("met", f.met());
            m.put("how", f.how());
            m.put("samples", f.samples().stream().map(Sample::summary).toList());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("context", context);
        root.put("figures", list);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Grouped bars: one group per percentile, one bar per sample, log-free linear scale. */
    static String chart(Figure f) {
        int width = 640;
        int height = 300;
        int left = 60;
        int bottom = 40;
        int top = 30;
        double max = 0;
        for (Sample s : f.samples()) {
            for (double p : PERCENTILES) {
                max = Math.max(max, s.millis(p));
            }
        }
        max = max <= 0 ? 1 : max * 1.1;
        String[] colors = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759"};
        int groups = PERCENTILES.length;
        int groupWidth = (width - left - 20) / groups;
        int barWidth = Math.max(4, (groupWidth - 16) / Math.max(1, f.samples().size()));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                width,
                height + (f.samples().size() * 14)));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"18\" font-size=\"13\">%s — latency (ms)</text>%n",
                left,
                escape(f.id() + " " + f.title())));
        int plot = height - bottom - top;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                left,
                top,
                left,
                height - bottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>%n", top + 4, format(max)));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">0</text>%n", height - bottom));
        for (int g = 0; g < groups; g++) {
            int x0 = left + 10 + g * groupWidth;
            for (int i = 0; i < f.samples().size(); i++) {
                double v = f.samples().get(i).millis(PERCENTILES[g]);
                int h = (int) Math.round(v / max * plot);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s p%s: %s ms</title></rect>%n",
                        x0 + i * barWidth,
                        height - bottom - h,
                        barWidth - 2,
                        h,
                        colors[i % colors.length],
                        escape(f.samples().get(i).name()),
                        format(PERCENTILES[g]),
                        format(v)));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\">p%s</text>%n",
                    x0,
                    height - bottom + 16,
                    format(PERCENTILES[g])));
        }
        for (int i = 0; i < f.samples().size(); i++) {
            int y = height + i * 14;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    left,
                    y - 9,
                    colors[i % colors.length]));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\">%s</text>%n",
                    left + 16,
                    y,
                    escape(f.samples().get(i).name())));
        }
        return svg.append("</svg>\n").toString();
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
