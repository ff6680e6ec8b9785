package io.ordercenter.sim.payment;

import io.ordercenter.sim.http.Json;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment started with the channel. Its outcome is fixed when it starts; its callback body is built
 * once, when first sent, so every delivery (retry or re-send) carries the same bytes.
 */
public final class Payment {

    private final String paymentId;
    private final String orderId;
    private final long amountCents;
    private final URI callbackUrl;
    private final PaymentOutcome outcome;
    private final String channelTxnId;
    private final Instant createdAt;

    private byte[] callbackBody;
    private final AtomicInteger callbackAttempts = new AtomicInteger();
    private final AtomicInteger callbacksDelivered = new AtomicInteger();
    private volatile String lastCallbackResult;

    Payment(
            String paymentId,
            String orderId,
            long amountCents,
            URI callbackUrl,
            PaymentOutcome outcome,
            String channelTxnId,
            Instant createdAt) {
        this.paymentId = paymentId;
        this.orderId = orderId;
        this.amountCents = amountCents;
        this.callbackUrl = callbackUrl;
        this.outcome = outcome;
        this.channelTxnId = channelTxnId;
        this.createdAt = createdAt;
    }

    public String paymentId() {
        return paymentId;
    }

    public String orderId() {
        return orderId;
    }

    public long amountCents() {
        return amountCents;
    }

    public URI callbackUrl() {
        return callbackUrl;
    }

    public PaymentOutcome outcome() {
        return outcome;
    }

    public String channelTxnId() {
        return channelTxnId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Every callback request sent, whatever the answer. */
    public int callbackAttempts() {
        return callbackAttempts.get();
    }

    /** Callback requests the receiver answered with 2xx. */
    public int callbacksDelivered() {
        return callbacksDelivered.get();
    }

    /** The last callback's HTTP status, or the error that prevented one; null before the first. */
    public String lastCallbackResult() {
        return lastCallbackResult;
    }

    /**
     * {@code {paymentId, orderId, status, amountCents, channelTxnId, paidAt}}; {@code paidAt} is when
     * the callback was first sent, null for a failed payment.
     */
    synchronized byte[] callbackBody(Clock clock) {
        if (callbackBody == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("paymentId", paymentId);
            body.put("orderId", orderId);
            body.put("status", outcome.name());
            body.put("amountCents", amountCents);
            body.put("channelTxnId", channelTxnId);
            body.put(
                    "paidAt",
                    outcome == PaymentOutcome.SUCCESS ? clock.instant().toString() : null);
            callbackBody = Json.write(body);
        }
        return callbackBody.clone();
    }

    void recordAttempt(String result, boolean delivered) {
        callbackAttempts.incrementAndGet();
        if (delivered) {
            callbacksDelivered.incrementAndGet();
        }
        lastCallbackResult = result;
    }
}
