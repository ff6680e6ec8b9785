package io.ordercenter.trade.order.domain;

import static io.ordercenter.trade.order.domain.Orders.ORDER_ID;
import static io.ordercenter.trade.order.domain.Orders.PAYABLE;
import static io.ordercenter.trade.order.domain.Orders.at;
import static io.ordercenter.trade.order.domain.Orders.changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import io.ordercenter.trade.order.domain.OrderDomainEvent.RefundRequested;
import io.ordercenter.trade.order.domain.OrderDomainEvent.RefundSucceeded;
import io.ordercenter.trade.refund.domain.Refund;
import io.ordercenter.trade.refund.domain.RefundId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderRefundTest {

    private static final RefundId FIRST = new RefundId("1234567890123-R1");
    private static final RefundId SECOND = new RefundId("1234567890123-R2");

    @Test
    void an_after_sale_refund_can_take_part_of_the_payment() {
        Order delivered = Orders.deliveredOrder();

        Transition transition = delivered.requestRefund(FIRST, 600, "tea was spilled", at(50));

        Order refunding = changed(transition);
        assertThat(transition.events())
                .containsExactly(
                        new RefundRequested(ORDER_ID, 7, at(50), OrderStatus.DELIVERED, FIRST, 600, "tea was spilled"));
        assertThat(refunding.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(refunding.latestRefund()).contains(Refund.requested(FIRST, 600, "tea was spilled", at(50)));
        assertThat(refunding.refundableCents()).isEqualTo(PAYABLE - 600);
        assertThat(refunding.refundedCents()).isZero();
    }

    @Test
    void a_completed_order_can_be_refunded_in_full() {
        Order completed = Orders.completedOrder();

        Order refunding = changed(completed.requestRefund(FIRST, PAYABLE, "never arrived", at(60)));

        assertThat(refunding.refundableCents()).isZero();
        assertThat(refunding.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void a_refund_above_what_was_paid_is_refused() {
        Order delivered = Orders.deliveredOrder();

        Transition transition = delivered.requestRefund(FIRST, PAYABLE + 1, "everything", at(50));

        assertThat(transition).isInstanceOfSatisfying(Transition.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.REFUND_AMOUNT_EXCEEDED);
            assertThat(refused.detail()).isEqualTo("asked 4701 cents, 4700 cents can still be refunded");
        });
    }

    @Test
    void only_one_refund_is_open_at_a_time() {
        Order refunding = Orders.deliveredOrderWithOpenRefund();

        Transition second = refunding.requestRefund(SECOND, 100, "noodles were cold", at(51));

        assertThat(second).isInstanceOfSatisfying(Transition.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.REFUND_IN_PROGRESS);
            assertThat(refused.detail()).isEqualTo("refund 1234567890123-R1 is still in progress");
        });
    }

    @Test
    void once_a_refund_succeeds_the_rest_can_still_be_refunded() {
        Order refunded = changed(Orders.deliveredOrderWithOpenRefund().refundSucceeded(FIRST, at(55)));

        Transition second = refunded.requestRefund(refunded.nextRefundId(), PAYABLE - 600, "noodles were cold", at(56));

        Order twiceRefunding = changed(second);
        assertThat(twiceRefunding.refunds()).extracting(Refund::id).containsExactly(FIRST, SECOND);
        assertThat(twiceRefunding.refundableCents()).isZero();
        assertThat(twiceRefunding.refundedCents()).isEqualTo(600);
    }

    @Test
    void refunds_never_add_up_to_more_than_was_paid() {
        Order refunded = changed(Orders.deliveredOrderWithOpenRefund().refundSucceeded(FIRST, at(55)));

        Transition tooMuch = refunded.requestRefund(SECOND, PAYABLE - 600 + 1, "all of it", at(56));

        assertThat(tooMuch).isInstanceOfSatisfying(Transition.Refused.class, refused -> assertThat(refused.code())
                .isEqualTo(ErrorCode.REFUND_AMOUNT_EXCEEDED));
    }

    @Test
    void a_refund_request_repeated_with_the_same_id_is_already_done() {
        Order refunding = Orders.deliveredOrderWithOpenRefund();

        assertThat(refunding.requestRefund(FIRST, 600, "tea was spilled", at(52)))
                .isEqualTo(Transition.alreadyDone(refunding));
    }

    @Test
    void the_channel_confirming_a_refund_records_it_once() {
        Order refunding = Orders.deliveredOrderWithOpenRefund();

        Transition confirmed = refunding.refundSucceeded(FIRST, at(55));

        Order refunded = changed(confirmed);
        assertThat(confirmed.events())
                .containsExactly(new RefundSucceeded(ORDER_ID, 8, at(55), OrderStatus.DELIVERED, FIRST, 600, 600));
        assertThat(refunded.latestRefund().map(Refund::status)).contains(RefundStatus.SUCCEEDED);
        assertThat(refunded.latestRefund().map(Refund::succeededAt)).contains(at(55));
        assertThat(refunded.openRefund()).isEmpty();
        assertThat(refunded.refundSucceeded(FIRST, at(56))).isEqualTo(Transition.alreadyDone(refunded));
    }

    @Test
    void a_refund_the_order_never_requested_cannot_succeed() {
        Order delivered = Orders.deliveredOrder();

        assertThatThrownBy(() -> delivered.refundSucceeded(FIRST, at(55)))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class, e -> assertThat(e.action())
                        .isEqualTo(OrderAction.COMPLETE_REFUND));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void a_refund_of_nothing_is_a_bug_not_a_business_case(long amount) {
        Order delivered = Orders.deliveredOrder();

        assertThatThrownBy(() -> delivered.requestRefund(FIRST, amount, "nothing", at(50)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cancelled_order_leaves_nothing_for_an_after_sale_refund() {
        Order cancelled = Orders.cancelledPaidOrder();

        assertThat(cancelled.refundableCents()).isZero();
        assertThatThrownBy(() -> cancelled.requestRefund(SECOND, 100, "again", at(9)))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void refund_ids_are_numbered_per_order() {
        Order delivered = Orders.deliveredOrder();

        assertThat(delivered.nextRefundId()).isEqualTo(FIRST);
        assertThat(Orders.deliveredOrderWithOpenRefund().nextRefundId()).isEqualTo(SECOND);
    }
}
