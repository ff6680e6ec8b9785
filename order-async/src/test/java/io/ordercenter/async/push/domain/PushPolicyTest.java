package io.ordercenter.async.push.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderEventType;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushPolicyTest {

    private final List<OrderEvent> lifecycle =
            Events.lifecycle("9001", "11", "22", Instant.parse("2026-05-05T10:00:00Z"));

    @Test
    void a_paid_order_notifies_the_merchant_and_the_customer_with_ids_of_order_version_and_recipient() {
        OrderEvent paid = lifecycle.get(1);

        assertThat(PushPolicy.notificationsFor(paid, order(paid)))
                .extracting(Notification::notificationId, Notification::recipientId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("9001-2-MERCHANT", "22"),
                        org.assertj.core.groups.Tuple.tuple("9001-2-USER", "11"));
    }

    @Test
    void the_same_event_always_yields_the_same_notifications() {
        OrderEvent delivered = lifecycle.get(5);

        assertThat(PushPolicy.notificationsFor(delivered, order(delivered)))
                .isEqualTo(PushPolicy.notificationsFor(delivered, order(delivered)))
                .singleElement()
                .satisfies(n -> assertThat(n.notificationId()).isEqualTo("9001-6-USER"));
    }

    @Test
    void placing_and_completing_notify_nobody() {
        assertThat(PushPolicy.notificationsFor(lifecycle.get(0), order(lifecycle.get(0))))
                .isEmpty();
        assertThat(PushPolicy.notificationsFor(lifecycle.get(6), order(lifecycle.get(6))))
                .isEmpty();
    }

    @Test
    void a_ready_order_tells_no_rider_before_one_is_assigned() {
        OrderEvent ready = lifecycle.get(3);

        assertThat(PushPolicy.notificationsFor(ready, order(ready)))
                .extracting(Notification::recipientType)
                .containsExactly(RecipientType.USER);
    }

    @Test
    void cancelling_an_unpaid_order_tells_only_the_customer_but_a_paid_one_the_merchant_too() {
        List<OrderEvent> unpaid = Events.cancelledUnpaid("9002", "11", "22", Instant.now());
        assertThat(PushPolicy.notificationsFor(unpaid.get(1), order(unpaid.get(1))))
                .extracting(Notification::recipientType)
                .containsExactly(RecipientType.USER);

        OrderSnapshot paid = order(lifecycle.get(1));
        OrderEvent cancelledPaid = Events.event(paid, OrderEventType.ORDER_CANCELLED, OrderStatus.PAID, Map.of());
        assertThat(PushPolicy.notificationsFor(cancelledPaid, paid))
                .extracting(Notification::recipientType)
                .containsExactly(RecipientType.USER, RecipientType.MERCHANT);
    }

    private static OrderSnapshot order(OrderEvent event) {
        return (OrderSnapshot) event.payload().get("order");
    }
}
