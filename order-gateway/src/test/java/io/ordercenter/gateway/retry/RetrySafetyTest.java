package io.ordercenter.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;

class RetrySafetyTest {

    @Test
    void a_request_that_never_reached_an_instance_may_always_be_sent_again() {
        assertThat(RetrySafety.mayRepeat(HttpMethod.POST, false, false, Delivery.NOT_SENT))
                .isTrue();
        assertThat(RetrySafety.mayRepeat(HttpMethod.GET, false, false, Delivery.NOT_SENT))
                .isTrue();
    }

    @Test
    void a_read_that_may_have_reached_an_instance_is_repeated() {
        assertThat(RetrySafety.mayRepeat(HttpMethod.GET, false, false, Delivery.SENT))
                .isTrue();
        assertThat(RetrySafety.mayRepeat(HttpMethod.HEAD, false, false, Delivery.SENT))
                .isTrue();
    }

    @Test
    void a_post_with_an_idempotency_key_that_may_have_reached_an_instance_is_repeated() {
        assertThat(RetrySafety.mayRepeat(HttpMethod.POST, true, false, Delivery.SENT))
                .isTrue();
    }

    @Test
    void the_signed_payment_callback_is_repeated_after_it_may_have_been_received() {
        assertThat(RetrySafety.mayRepeat(HttpMethod.POST, false, true, Delivery.SENT))
                .isTrue();
    }

    @Test
    void a_post_without_an_idempotency_key_is_never_repeated_once_sent() {
        assertThat(RetrySafety.mayRepeat(HttpMethod.POST, false, false, Delivery.SENT))
                .isFalse();
    }

    @Test
    void other_writes_are_never_repeated_once_sent() {
        assertThat(RetrySafety.mayRepeat(HttpMethod.PUT, false, false, Delivery.SENT))
                .isFalse();
        assertThat(RetrySafety.mayRepeat(HttpMethod.DELETE, true, false, Delivery.SENT))
                .isFalse();
    }

    @Test
    void a_refused_or_timed_out_connection_counts_as_not_sent() {
        assertThat(Delivery.of(new ResourceAccessException("I/O error", new ConnectException())))
                .contains(Delivery.NOT_SENT);
        assertThat(Delivery.of(new ResourceAccessException("I/O error", new HttpConnectTimeoutException("connect"))))
                .contains(Delivery.NOT_SENT);
    }

    @Test
    void a_read_timeout_or_broken_connection_counts_as_sent() {
        assertThat(Delivery.of(new ResourceAccessException("I/O error", new HttpTimeoutException("request timed out"))))
                .contains(Delivery.SENT);
        assertThat(Delivery.of(new ResourceAccessException("I/O error", new IOException("connection reset"))))
                .contains(Delivery.SENT);
    }

    @Test
    void a_failure_that_is_not_one_of_transport_is_no_delivery_failure() {
        assertThat(Delivery.of(new IllegalStateException("bug"))).isEmpty();
    }
}
