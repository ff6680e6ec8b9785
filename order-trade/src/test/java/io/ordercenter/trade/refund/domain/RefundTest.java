package io.ordercenter.trade.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.RefundStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefundTest {
    private static final Instant REQUESTED = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant CONFIRMED = Instant.parse("2025-06-01T12:00:05Z");

    @Test
    void a_requested_refund_is_open_until_the_channel_confirms_it() {
        Refund requested = Refund.requested(new RefundId("r1"), 600, "tea was spilled", REQUESTED);

        Refund succeeded = requested.succeeded(CONFIRMED);

        assertThat(requested.isOpen()).isTrue();
        assertThat(succeeded.isOpen()).isFalse();
        assertThat(succeeded)
                .isEqualTo(new Refund(
                        new RefundId("r1"), 600, "tea was spilled", RefundStatus.SUCCEEDED, REQUESTED, CONFIRMED));
    }

    @Test
    void a_refund_succeeds_only_once() {
        Refund succeeded =
                Refund.requested(new RefundId("r1"), 600, "x", REQUESTED).succeeded(CONFIRMED);

        assertThatThrownBy(() -> succeeded.succeeded(CONFIRMED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_refund_is_of_a_positive_amount() {
        assertThatThrownBy(() -> Refund.requested(new RefundId("r1"), 0, "x", REQUESTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_confirmation_time_is_there_exactly_when_the_refund_succeeded() {
        assertThatThrownBy(() -> new Refund(new RefundId("r1"), 1, "x", RefundStatus.REQUESTED, REQUESTED, CONFIRMED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refund(new RefundId("r1"), 1, "x", RefundStatus.SUCCEEDED, REQUESTED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
