package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.RefundId;

/** The payment channel's refund call, idempotent by refund id. */
public interface RefundChannel {

    /** True once the channel confirms the money is returned; false if it has not (yet). */
    boolean refund(RefundId refundId, PaymentId paymentId, OrderId orderId, long amountCents);
}
