package io.ordercenter.query.resilience;

import static io.ordercenter.query.it.Api.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Elasticsearch stopped: search answers 503 fast; reads by id and lists stay fast; search recovers. */
@Order(Integer.MAX_VALUE - 1)
class ElasticsearchDownIT extends QueryIT {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchDownIT.class);

    /** Generous bounds: the figures that matter are the benchmark's, this only catches a coupling. */
    private static final Duration SEARCH_BOUND = Duration.ofSeconds(2);

    private static final Duration READ_P99_BOUND = Duration.ofMillis(500);

    @Test
    void with_elasticsearch_stopped_search_is_503_within_its_time_limit_and_other_reads_stay_fast() throws Exception {
        long userId = TestData.freshId();
        long shopId = TestData.freshId();
        String prefix = TestData.freshPhonePrefix();
        OrderSnapshot order = data.place(userId, shopId, Instant.now(), b -> b.phone(prefix + "123"));
        data.index(List.of(order));
        String search = path("/api/v1/search/orders", "phonePrefix", prefix);
        String byId = "/api/v1/orders/" + order.orderId();
        assertThat(api.get(search, Tokens.support()).status()).isEqualTo(200);
        Duration healthyP99 = p99(byId, Tokens.user(userId));

        TestStack.stop(TestStack.Server.ELASTICSEARCH);
        try {
            for (int i = 0; i < 15; i++) {
                Api.Response response = api.get(search, Tokens.support());
                assertThat(response.status()).as(response.toString()).isEqualTo(503);
                assertThat(response.code()).isEqualTo("DEPENDENCY_UNAVAILABLE");
                assertThat(response.header("Retry-After"))
                        .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
                assertThat(response.header("Content-Type")).hasValue("application/problem+json");
                assertThat(response.raw()).doesNotContain("127.0.0.1").doesNotContain("Exception");
                assertThat(response.took()).isLessThan(SEARCH_BOUND);
            }
            Duration downP99 = p99(byId, Tokens.user(userId));
            log.info("GET /orders/{id} p99: {} with Elasticsearch healthy, {} with it down", healthyP99, downP99);
            // a coupling would add the search time limit (1 s) or more; noise on a shared machine would not
            Duration bound = max(READ_P99_BOUND, healthyP99.multipliedBy(3));
            assertThat(downP99)
                    .as("by-id p99 with Elasticsearch down (healthy: %s)", healthyP99)
                    .isLessThan(bound);
            Api.Response list = api.get("/api/v1/shops/" + shopId + "/orders", Tokens.support());
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.took()).isLessThan(Duration.ofMillis(500));
        } finally {
            TestStack.start(TestStack.Server.ELASTICSEARCH);
        }

        // search answers again once the breaker lets a call through
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (api.get(search, Tokens.support()).status() != 200) {
            assertThat(System.nanoTime()).as("search answers again").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Duration p99(String path, String token) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Api.Response response = api.get(path, token);
            assertThat(response.status()).isEqualTo(200);
            nanos.add(response.nanos());
        }
        nanos.sort(Long::compare);
        return Duration.ofNanos(nanos.get((int) Math.ceil(nanos.size() * 0.99) - 1));
    }
}
