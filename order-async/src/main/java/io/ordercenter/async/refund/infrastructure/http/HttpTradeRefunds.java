package io.ordercenter.async.refund.infrastructure.http;

import io.ordercenter.async.platform.http.HttpAnswer;
import io.ordercenter.async.platform.http.HttpDependency;
import io.ordercenter.async.platform.security.SystemTokens;
import io.ordercenter.async.refund.application.TradeRefunds;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;

/** {@code POST /internal/v1/orders/{orderId}/refunds/{refundId}/succeeded} of order-trade, as SYSTEM. */
public final class HttpTradeRefunds implements TradeRefunds {

    private final HttpDependency trade;
    private final SystemTokens tokens;

    public HttpTradeRefunds(HttpDependency trade, SystemTokens tokens) {
        this.trade = trade;
        this.tokens = tokens;
    }

    @Override
    public Confirmation succeeded(long orderId, String refundId) {
        HttpAnswer answer = trade.post(
                "/internal/v1/orders/" + orderId + "/refunds/" + refundId + "/succeeded", null, tokens::bearer);
        if (answer.ok()) {
            return new Confirmation(
                    true, answer.text("version").map(Long::valueOf).orElse(null));
        }
        if (answer.status() == 404) {
            return new Confirmation(false, null);
        }
        throw new NonTransient(
                ErrorCode.VALIDATION_FAILED,
                "order-trade refused refund " + refundId + " succeeded: " + answer.status() + " "
                        + answer.text("code").orElse(""));
    }
}
