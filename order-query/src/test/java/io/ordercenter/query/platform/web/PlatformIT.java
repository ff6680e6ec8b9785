package io.ordercenter.query.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.query.it.Api;
import io.ordercenter.query.it.QueryIT;
import io.ordercenter.query.it.TestData;
import io.ordercenter.query.it.Tokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every endpoint shares: actuator exposure, problem+json for unknown paths, no leaks. */
class PlatformIT extends QueryIT {

    @Test
    void health_names_its_dependencies_without_details() {
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(health.body().path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.body().path("components").path("redis").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.body()
                        .path("components")
                        .path("elasticsearch")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(health.raw()).doesNotContain("127.0.0.1").doesNotContain("jdbc");
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void prometheus_is_open_and_nothing_else_of_actuator_is() {
        Api.Response metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw())
                .contains("ordercenter_query_order_store_reads")
                .contains("resilience4j_circuitbreaker_state");
        for (String closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator"}) {
            assertThat(api.get(closed, Tokens.support()).status()).as(closed).isIn(401, 403, 404);
        }
    }

    @Test
    void an_unknown_api_path_is_a_problem_too() {
        Api.Response unknown = api.get("/api/v1/nothing-here", Tokens.support());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).hasValue("application/problem+json");
        assertThat(api.get("/api/v1/nothing-here", null).status()).isEqualTo(401);
    }

    @Test
    void the_read_side_only_reads() {
        Api.Response post = api.send("POST", "/api/v1/orders/123", Tokens.support());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(post.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void json_is_the_only_format_even_with_xml_libraries_on_the_classpath() {
        long user = TestData.freshId();
        String orderId = data.place(user, TestData.freshId(), Instant.now(), b -> b.version(1))
                .orderId();
        for (String format : new String[] {"application/xml", "application/yaml"}) {
            Api.Response other = api.send("GET", "/api/v1/orders/" + orderId, Tokens.user(user), "Accept", format);
            assertThat(other.status()).as(format).isEqualTo(406);
            assertThat(other.raw()).as(format).doesNotStartWith("<").doesNotContain("\"orderId\"");
        }
        assertThat(api.send("GET", "/api/v1/orders/" + orderId, Tokens.user(user), "Accept", "application/json")
                        .status())
                .isEqualTo(200);
    }
}
