package io.ordercenter.async.redenvelope.domain;

import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderEventType;
import io.ordercenter.contracts.OrderSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * A coupon granted to the customer when an order completes; once per order, because its grant id is
 * {@code re-<orderId>} and the coupon service grants an id once.
 */
public record RedEnvelope(String grantId, String userId, long amountCents, String reason) {

    public static final String REASON = "RED_ENVELOPE";

    public RedEnvelope {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(userId, "userId");
        if (amountCents < 1) {
            throw new IllegalArgumentException("amountCents must be positive");
        }
    }

    public static String grantIdOf(String orderId) {
        return "re-" + orderId;
    }

    /** The red envelope an event earns: only completing an order earns one. */
    public static Optional<RedEnvelope> earnedBy(OrderEvent event, OrderSnapshot order, long amountCents) {
        if (event.type() != OrderEventType.ORDER_COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(new RedEnvelope(grantIdOf(order.orderId()), order.userId(), amountCents, REASON));
    }
}
