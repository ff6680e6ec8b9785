package io.ordercenter.trade.payment.application;

import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.payment.domain.PaymentId;

/** The payment channel: a payment is started here and confirmed later by a signed callback. */
public interface PaymentChannel {

    /** Starts (or, for a known payment id, repeats harmlessly) a payment. */
    void start(PaymentId paymentId, OrderId orderId, long amountCents);
}
