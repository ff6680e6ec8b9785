package io.ordercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.bench.client.DevJwt;
import io.ordercenter.bench.load.ClosedLoop;
import io.ordercenter.bench.load.Sample;
import io.ordercenter.bench.report.Figure;
import io.ordercenter.bench.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPiecesTest {

    @TempDir
    Path dir;

    @Test
    void a_sample_keeps_failures_out_of_the_latencies() {
        Sample sample = new Sample("s");
        for (int i = 1; i <= 100; i++) {
            sample.record(i * 1_000_000L, true); // 1..100 ms
        }
        sample.record(5_000_000_000L, false);

        assertThat(sample.ok()).isEqualTo(100);
        assertThat(sample.errors()).isEqualTo(1);
        assertThat(sample.millis(50)).isBetween(49.0, 51.0);
        assertThat(sample.millis(99)).isBetween(98.0, 100.5);
    }

    @Test
    void a_closed_loop_runs_for_its_time_and_counts_thrown_calls_as_errors() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        long begin = System.nanoTime();
        Sample sample = ClosedLoop.run("loop", 2, Duration.ofMillis(100), Duration.ofMillis(300), worker -> {
            Thread.sleep(5);
            if (calls.incrementAndGet() % 10 == 0) {
                throw new IllegalStateException("every tenth call fails");
            }
            return true;
        });
        Duration took = Duration.ofNanos(System.nanoTime() - begin);

        assertThat(took).isBetween(Duration.ofMillis(380), Duration.ofSeconds(3));
        assertThat(sample.ok()).isPositive();
        assertThat(sample.errors()).isPositive();
        assertThat(sample.perSecond()).isPositive();
    }

    @Test
    void dev_tokens_carry_the_claims_the_services_read() {
        String token = DevJwt.mint(DevJwt.LOCAL_KEY, "1001", List.of("USER"), "3", Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        assertThat(parts).hasSize(3);
        assertThat(claims)
                .contains("\"sub\":\"1001\"")
                .contains("\"roles\":[\"USER\"]")
                .contains("\"shop_id\":\"3\"")
                .contains("\"iss\":\"http://127.0.0.1:9000\"")
                .contains("\"aud\":\"order-center\"")
                .contains("\"exp\":");
    }

    @Test
    void the_report_has_a_table_a_chart_per_figure_and_every_number_as_json() throws Exception {
        Sample a = new Sample("a");
        Sample b = new Sample("b");
        a.record(4_000_000, true);
        b.record(1_000_000, true);
        Figure met = Figure.atMost("B3", "cached read", 4.0, 4, "a / b", a, b);
        Figure missed = Figure.atMost("B9", "made up", 2.0, 1.5, "x", a);

        Path report = Report.write(dir, Map.of("machine", "test"), List.of(met, missed));

        String md = Files.readString(report);
        assertThat(md)
                .contains("| B3 | cached read | 4 | <= 4.0 | yes |")
                .contains("| B9 | made up | 2 | <= 1.5 | **no** |");
        assertThat(Files.readString(dir.resolve("charts/b3.svg")))
                .startsWith("<svg")
                .contains("<rect");
        assertThat(Files.readString(dir.resolve("figures.json")))
                .contains("\"id\" : \"B3\"")
                .contains("\"met\" : false")
                .contains("\"p99ms\"");
    }
}
