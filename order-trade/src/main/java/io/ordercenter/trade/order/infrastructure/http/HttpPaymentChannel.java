package io.ordercenter.trade.order.infrastructure.http;

import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.trade.order.application.RefundChannel;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.PaymentApi;
import io.ordercenter.trade.payment.application.PaymentChannel;
import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.RefundId;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The payment channel: starting payments (idempotent by payment id) and refunds (idempotent by refund id). */
public final class HttpPaymentChannel implements PaymentChannel, RefundChannel {

    private final PaymentApi api;
    private final DependencyGuard guard;
    private final String callbackUrl;

    HttpPaymentChannel(PaymentApi api, DependencyGuard guard, String callbackUrl) {
        this.api = api;
        this.guard = guard;
        this.callbackUrl = callbackUrl;
    }

    @Override
    public void start(PaymentId paymentId, OrderId orderId, long amountCents) {
        Map<String, Object> body = Map.of(
                "paymentId",
                paymentId.value(),
                "orderId",
                Long.toString(orderId.value()),
                "amountCents",
                amountCents,
                "callbackUrl",
                callbackUrl);
        guard.call(() -> HttpCatalog.ok(api.start(body), "payment"));
    }

    @Override
    public boolean refund(RefundId refundId, PaymentId paymentId, OrderId orderId, long amountCents) {
        Map<String, Object> body = Map.of(
                "refundId", refundId.value(),
                "paymentId", paymentId.value(),
                "orderId", Long.toString(orderId.value()),
                "amountCents", amountCents);
        return guard.call(() -> {
            ResponseEntity<JsonNode> response = api.refund(body);
            return response.getStatusCode().is2xxSuccessful()
                    && response.getBody() != null
                    && "SUCCEEDED".equals(response.getBody().path("status").asString());
        });
    }
}
