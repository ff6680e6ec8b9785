package io.ordercenter.async.refund.infrastructure.http;

import io.ordercenter.async.platform.http.HttpAnswer;
import io.ordercenter.async.platform.http.HttpDependency;
import io.ordercenter.async.refund.application.RefundChannel;
import io.ordercenter.async.refund.domain.RefundRequest;
import io.ordercenter.async.refund.domain.RefundResult;
import java.util.Map;

/** The payment channel's {@code POST /refunds}, idempotent by {@code refundId}. */
public final class HttpRefundChannel implements RefundChannel {

    private final HttpDependency payment;

    public HttpRefundChannel(HttpDependency payment) {
        this.payment = payment;
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        HttpAnswer answer = payment.post(
                "/refunds",
                Map.of(
                        "refundId", request.refundId(),
                        "paymentId", request.paymentId(),
                        "orderId", Long.toString(request.orderId()),
                        "amountCents", request.amountCents()),
                null);
        if (answer.ok()) {
            return new RefundResult.Succeeded();
        }
        return new RefundResult.Refused(
                answer.status() + " " + answer.text("code").orElse(String.valueOf(answer.body())));
    }
}
