package io.ordercenter.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * One line of the control API's {@code GET /status}: a process of the stack, whether it answers, its
 * pid, its port and its resident memory (the process and its descendants, from {@code /proc}).
 *
 * @param name its name in the control API (mariadb-0, kafka-2, order-trade-1, ...)
 * @param kind {@code server} (MariaDB, Kafka, Elasticsearch, Redis) or {@code service} (our JVMs)
 * @param up whether it runs and answers
 * @param pid its pid, or -1 when it does not run
 * @param port the port its clients use
 * @param rssKib resident set size in KiB (0 when it does not run or {@code /proc} is not there)
 */
public record ProcessStatus(String name, String kind, boolean up, long pid, int port, long rssKib) {

    static final String HEADER = String.format(
            Locale.ROOT, "%-18s %-8s %-5s %8s %6s %8s", "name", "kind", "state", "pid", "port", "rss_mib");

    static ProcessStatus of(String name, String kind, boolean up, OptionalLong pid, int port) {
        return of(name, kind, up, pid, pid, port);
    }

    /** With the memory summed over the process tree under {@code root} (a start script that stays). */
    static ProcessStatus of(String name, String kind, boolean up, OptionalLong pid, OptionalLong root, int port) {
        long p = pid.orElse(-1);
        long r = root.orElse(p);
        return new ProcessStatus(name, kind, up, p, port, r > 0 ? rssKib(r) : 0);
    }

    /** The line as {@code GET /status} prints it, under {@link #HEADER}. */
    String line() {
        return String.format(
                Locale.ROOT, "%-18s %-8s %-5s %8d %6d %8d", name, kind, up ? "up" : "down", pid, port, rssKib / 1024);
    }

    /** Parses a line of {@code GET /status} back (tests read the control API this way). */
    public static ProcessStatus parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length != 6) {
            throw new IllegalArgumentException("not a status line: " + line);
        }
        return new ProcessStatus(
                f[0],
                f[1],
                "up".equals(f[2]),
                Long.parseLong(f[3]),
                Integer.parseInt(f[4]),
                Long.parseLong(f[5]) * 1024);
    }

    /** Whether {@code line} is a process line (not the header or the total). */
    public static boolean isProcessLine(String line) {
        return !line.isBlank() && !line.startsWith("name ") && !line.startsWith("total ");
    }

    static String total(List<ProcessStatus> all) {
        long kib = all.stream().mapToLong(ProcessStatus::rssKib).sum();
        long up = all.stream().filter(ProcessStatus::up).count();
        return String.format(Locale.ROOT, "total %d of %d up, rss %d MiB", up, all.size(), kib / 1024);
    }

    /** VmRSS of {@code pid} and all its descendants. */
    static long rssKib(long pid) {
        return ProcessHandle.of(pid)
                .map(h -> Stream.concat(Stream.of(h), h.descendants())
                        .mapToLong(d -> vmRss(d.pid()))
                        .sum())
                .orElse(0L);
    }

    private static long vmRss(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
