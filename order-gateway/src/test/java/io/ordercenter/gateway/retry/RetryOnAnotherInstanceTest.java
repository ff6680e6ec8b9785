package io.ordercenter.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class RetryOnAnotherInstanceTest {

    private static final RetryProperties THREE_WITHIN_A_MINUTE =
            new RetryProperties(3, Duration.ofMinutes(1), Duration.ZERO);

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void a_sent_post_without_idempotency_key_is_tried_once_and_reported_as_not_repeatable() {
        ServerRequest request = request("POST", "/api/v1/orders/1/accept", null);

        assertThatThrownBy(() -> new RetryOnAnotherInstance(THREE_WITHIN_A_MINUTE, false)
                        .filter(request, failing(readTimeout())))
                .isInstanceOfSatisfying(UpstreamFailure.class, failure -> {
                    assertThat(failure.delivery()).isEqualTo(Delivery.SENT);
                    assertThat(failure.repeatable()).isFalse();
                });
        assertThat(attempts).hasValue(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_refused_post_is_tried_again_and_answers_from_the_next_instance() throws Exception {
        ServerRequest request = request("POST", "/api/v1/orders/1/accept", null);

        ServerResponse response =
                new RetryOnAnotherInstance(THREE_WITHIN_A_MINUTE, false).filter(request, failingFirst(refused()));

        assertThat(response.statusCode().value()).isEqualTo(200);
        assertThat(attempts).hasValue(2);
        assertThat((Set<Object>) request.attributes().get(RetryOnAnotherInstance.TRIED))
                .containsExactly("10.0.0.1:8081");
    }

    @Test
    void a_get_is_tried_at_most_max_attempts_times() {
        ServerRequest request = request("GET", "/api/v1/orders/1", null);

        assertThatThrownBy(() -> new RetryOnAnotherInstance(THREE_WITHIN_A_MINUTE, false)
                        .filter(request, failing(readTimeout())))
                .isInstanceOfSatisfying(UpstreamFailure.class, failure -> assertThat(failure.repeatable())
                        .isTrue());
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_post_with_idempotency_key_is_repeated_after_a_read_timeout() throws Exception {
        ServerRequest request = request("POST", "/api/v1/orders", "key-1");

        ServerResponse response =
                new RetryOnAnotherInstance(THREE_WITHIN_A_MINUTE, false).filter(request, failingFirst(readTimeout()));

        assertThat(response.statusCode().value()).isEqualTo(200);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void the_signed_callback_is_repeated_after_a_read_timeout() throws Exception {
        ServerRequest request = request("POST", "/api/v1/payments/callback", null);

        ServerResponse response =
                new RetryOnAnotherInstance(THREE_WITHIN_A_MINUTE, true).filter(request, failingFirst(readTimeout()));

        assertThat(response.statusCode().value()).isEqualTo(200);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void no_new_attempt_starts_once_the_time_allowed_has_passed() {
        AtomicLong clock = new AtomicLong();
        RetryProperties withinOneSecond = new RetryProperties(10, Duration.ofSeconds(1), Duration.ZERO);
        ServerRequest request = request("GET", "/api/v1/orders/1", null);
        HandlerFunction<ServerResponse> slowFailure = r -> {
            attempts.incrementAndGet();
            clock.addAndGet(Duration.ofMillis(600).toNanos());
            throw readTimeout();
        };

        assertThatThrownBy(() ->
                        new RetryOnAnotherInstance(withinOneSecond, false, clock::get).filter(request, slowFailure))
                .isInstanceOf(UpstreamFailure.class);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void an_answer_of_the_service_is_never_repeated_whatever_its_status() throws Exception {
        ServerRequest request = request("GET", "/api/v1/orders/1", null);

        ServerResponse response = new RetryOnAnotherInstance(THREE_WITHIN_A_MINUTE, false).filter(request, r -> {
            attempts.incrementAndGet();
            return ServerResponse.status(503).build();
        });

        assertThat(response.statusCode().value()).isEqualTo(503);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_failure_that_is_not_one_of_transport_passes_through_untouched() {
        ServerRequest request = request("GET", "/api/v1/orders/1", null);

        assertThatThrownBy(() -> new RetryOnAnotherInstance(THREE_WITHIN_A_MINUTE, false).filter(request, r -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    private HandlerFunction<ServerResponse> failing(RuntimeException failure) {
        return r -> {
            attempts.incrementAndGet();
            r.attributes().put(MvcUtils.GATEWAY_REQUEST_URL_ATTR, URI.create("http://10.0.0.1:8081" + r.path()));
            throw failure;
        };
    }

    private HandlerFunction<ServerResponse> failingFirst(RuntimeException failure) {
        return r -> {
            if (attempts.incrementAndGet() == 1) {
                r.attributes().put(MvcUtils.GATEWAY_REQUEST_URL_ATTR, URI.create("http://10.0.0.1:8081" + r.path()));
                throw failure;
            }
            return ServerResponse.ok().build();
        };
    }

    private static ServerRequest request(String method, String path, String idempotencyKey) {
        MockHttpServletRequest servlet = new MockHttpServletRequest(method, path);
        if (idempotencyKey != null) {
            servlet.addHeader("Idempotency-Key", idempotencyKey);
        }
        return ServerRequest.create(servlet, List.of());
    }

    private static RuntimeException refused() {
        return new ResourceAccessException("I/O error", new ConnectException("Connection refused"));
    }

    private static RuntimeException readTimeout() {
        return new ResourceAccessException("I/O error", new IOException("request timed out"));
    }
}
