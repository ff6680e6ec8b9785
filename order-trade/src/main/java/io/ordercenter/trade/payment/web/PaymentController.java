package io.ordercenter.trade.payment.web;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.platform.security.Callers;
import io.ordercenter.trade.order.web.Requests;
import io.ordercenter.trade.payment.application.PaymentCallback;
import io.ordercenter.trade.payment.application.PaymentService;
import io.ordercenter.trade.payment.application.PaymentView;
import io.ordercenter.trade.payment.infrastructure.CallbackSignatures;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starting a payment (the customer) and the channel's callback (authenticated by its HMAC signature). */
@RestController
public class PaymentController {

    private final PaymentService payments;
    private final CallbackSignatures signatures;
    private final JsonMapper json;

    public PaymentController(PaymentService payments, CallbackSignatures signatures, JsonMapper json) {
        this.payments = payments;
        this.signatures = signatures;
        this.json = json;
    }

    @PostMapping("/api/v1/orders/{orderId}/payments")
    PaymentView start(@PathVariable String orderId) {
        return payments.start(Callers.current(), Requests.orderId(orderId));
    }

    /** The signature is checked on the raw bytes before anything in the body is believed. */
    @PostMapping("/api/v1/payments/callback")
    Map<String, String> callback(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(value = "X-Signature", required = false) String signature,
            @RequestHeader(value = "X-Trace-Id", required = false) String trace) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signatures.verify(raw, signature)) {
            throw new NonTransient(ErrorCode.BAD_SIGNATURE, "X-Signature does not match the body.");
        }
        payments.onCallback(parse(raw), Requests.traceId(trace));
        return Map.of("status", "OK");
    }

    private PaymentCallback parse(byte[] raw) {
        try {
            JsonNode node = json.readTree(raw);
            String paymentId = text(node, "paymentId", "[A-Za-z0-9_-]{1,64}");
            String orderId = text(node, "orderId", "\\d{1,19}");
            String status = text(node, "status", "SUCCESS|FAILED");
            if (!node.path("amountCents").canConvertToLong()
                    || node.path("amountCents").asLong() < 0) {
                throw invalid("amountCents");
            }
            Instant paidAt = node.hasNonNull("paidAt")
                    ? Instant.parse(node.path("paidAt").asString())
                    : Instant.now();
            return new PaymentCallback(
                    paymentId,
                    orderId,
                    status,
                    node.path("amountCents").asLong(),
                    node.path("channelTxnId").asString(null),
                    paidAt);
        } catch (JacksonException | java.time.format.DateTimeParseException e) {
            throw new NonTransient(
                    ErrorCode.VALIDATION_FAILED, "The callback body is not valid JSON of the expected shape.");
        }
    }

    private static String text(JsonNode node, String field, String pattern) {
        String value = node.path(field).asString(null);
        if (value == null || !value.matches(pattern)) {
            throw invalid(field);
        }
        return value;
    }

    private static NonTransient invalid(String field) {
        return new NonTransient(ErrorCode.VALIDATION_FAILED, field + ": missing or malformed");
    }
}
