package io.ordercenter.async.refund.application;

import io.ordercenter.async.refund.domain.RefundRequest;
import io.ordercenter.async.refund.domain.RefundResult;

/** The payment channel's refunds, idempotent by refund id. */
public interface RefundChannel {

    /** @throws io.ordercenter.contracts.failure.Transient if the channel is unavailable */
    RefundResult refund(RefundRequest request);
}
