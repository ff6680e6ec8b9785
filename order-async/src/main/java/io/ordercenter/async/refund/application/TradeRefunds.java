package io.ordercenter.async.refund.application;

/** order-trade's internal refund endpoint: the refund state lives in the order. */
public interface TradeRefunds {

    /**
     * Records that the channel confirmed the refund (idempotent).
     *
     * @return what order-trade answered
     */
    Confirmation succeeded(long orderId, String refundId);

    /**
     * order-trade's answer.
     *
     * @param known false if order-trade knows no such refund
     * @param version the order's version after recording it, when order-trade said
     */
    record Confirmation(boolean known, Long version) {}
}
