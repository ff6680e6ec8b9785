package io.ordercenter.async.timeout.infrastructure.http;

import io.ordercenter.async.platform.http.HttpAnswer;
import io.ordercenter.async.platform.http.HttpDependency;
import io.ordercenter.async.platform.security.SystemTokens;
import io.ordercenter.async.timeout.application.TradeOrders;
import io.ordercenter.async.timeout.domain.ExpireResult;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.failure.NonTransient;

/**
 * {@code POST /internal/v1/orders/{orderId}/expire} of order-trade, as SYSTEM: 200 with the order
 * (cancelled, or unchanged if it was cancelled already), 409 {@code ILLEGAL_STATE_TRANSITION} when
 * it was paid meanwhile, 404 when there is no such order.
 */
public final class HttpTradeOrders implements TradeOrders {

    private final HttpDependency trade;
    private final SystemTokens tokens;

    public HttpTradeOrders(HttpDependency trade, SystemTokens tokens) {
        this.trade = trade;
        this.tokens = tokens;
    }

    @Override
    public ExpireResult expire(long orderId) {
        HttpAnswer answer = trade.post("/internal/v1/orders/" + orderId + "/expire", null, tokens::bearer);
        if (answer.ok()) {
            OrderStatus status = answer.text("status").map(OrderStatus::valueOf).orElse(OrderStatus.CANCELLED);
            long version = answer.text("version").map(Long::parseLong).orElse(0L);
            if (status != OrderStatus.CANCELLED) {
                return new ExpireResult.MovedOn("order-trade kept it " + status);
            }
            return new ExpireResult.Expired(status, version);
        }
        String code = answer.text("code").orElse("");
        if (answer.status() == 409 && ErrorCode.ILLEGAL_STATE_TRANSITION.name().equals(code)) {
            return new ExpireResult.MovedOn(answer.text("detail").orElse("no longer unpaid"));
        }
        if (answer.status() == 409) {
            return new ExpireResult.Busy(code);
        }
        if (answer.status() == 404) {
            return new ExpireResult.NoSuchOrder();
        }
        throw new NonTransient(
                ErrorCode.VALIDATION_FAILED,
                "order-trade refused to expire " + orderId + ": " + answer.status() + " " + code);
    }
}
