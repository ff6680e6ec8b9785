package io.ordercenter.sim.payment;

import io.ordercenter.sim.fault.Dependency;
import io.ordercenter.sim.http.BadRequest;
import io.ordercenter.sim.http.Call;
import io.ordercenter.sim.http.Json;
import io.ordercenter.sim.http.JsonBody;
import io.ordercenter.sim.http.Method;
import io.ordercenter.sim.http.Reply;
import io.ordercenter.sim.http.Routes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.OptionalLong;

/** {@code POST /payments}, {@code POST /refunds} and the payment parts of the control API. */
public final class PaymentEndpoints {

    private final PaymentChannel channel;

    public PaymentEndpoints(PaymentChannel channel) {
        this.channel = channel;
    }

    public void register(Routes routes) {
        routes.service(Dependency.PAYMENT, Method.POST, "/payments", this::pay)
                .service(Dependency.PAYMENT, Method.POST, "/refunds", this::refund)
                .control(Method.GET, "/sim/payment", call -> Reply.ok(SettingsView.of(channel.settings())))
                .control(Method.PUT, "/sim/payment", this::updateSettings)
                .control(Method.GET, "/sim/payments/{paymentId}", this::payment)
                .control(Method.POST, "/sim/payments/{paymentId}/callback", this::resendCallback)
                .control(Method.GET, "/sim/refunds/{refundId}", this::refundState);
    }

    private Reply pay(Call call) {
        JsonBody body = call.json();
        String paymentId = body.id("paymentId");
        String orderId = body.id("orderId");
        long amountCents = body.integer("amountCents", 1);
        URI callbackUrl = callbackUrl(body.text("callbackUrl"));
        channel.start(paymentId, orderId, amountCents, callbackUrl);
        return Reply.ok(Json.object("paymentId", paymentId, "status", "PENDING"));
    }

    private Reply refund(Call call) {
        JsonBody body = call.json();
        String refundId = body.id("refundId");
        String paymentId = body.id("paymentId");
        String orderId = body.id("orderId");
        long amountCents = body.integer("amountCents", 1);
        PaymentChannel.RefundOutcome outcome = channel.refund(refundId, paymentId, orderId, amountCents);
        if (outcome instanceof PaymentChannel.ExceedsPayment exceeds) {
            return Reply.error(
                    422,
                    "REFUND_EXCEEDS_PAYMENT",
                    "refundId",
                    refundId,
                    "paymentId",
                    paymentId,
                    "refundableCents",
                    exceeds.refundableCents());
        }
        return Reply.ok(Json.object("refundId", refundId, "status", "SUCCEEDED"));
    }

    private Reply updateSettings(Call call) {
        JsonBody body = call.json();
        PaymentSettings current = channel.settings();
        OptionalLong delayMs = body.optionalInteger("callbackDelayMs", 0);
        Duration delay = delayMs.isPresent() ? Duration.ofMillis(delayMs.getAsLong()) : current.callbackDelay();
        PaymentOutcome outcome =
                body.optionalText("outcome").map(PaymentEndpoints::outcome).orElse(current.outcome());
        boolean enabled = body.optionalBoolean("callbacksEnabled").orElse(current.callbacksEnabled());
        PaymentSettings updated = new PaymentSettings(delay, outcome, enabled);
        channel.updateSettings(updated);
        return Reply.ok(SettingsView.of(updated));
    }

    private Reply payment(Call call) {
        String paymentId = call.path("paymentId");
        return channel.find(paymentId)
                .map(payment -> Reply.ok(PaymentView.of(payment, channel.refundedCents(paymentId))))
                .orElseGet(() -> Reply.error(404, "PAYMENT_NOT_FOUND", "paymentId", paymentId));
    }

    private Reply resendCallback(Call call) {
        String paymentId = call.path("paymentId");
        return channel.resendCallback(paymentId)
                .map(payment -> Reply.accepted(Json.object("paymentId", paymentId, "callback", "SENDING")))
                .orElseGet(() -> Reply.error(404, "PAYMENT_NOT_FOUND", "paymentId", paymentId));
    }

    private Reply refundState(Call call) {
        String refundId = call.path("refundId");
        return channel.findRefund(refundId)
                .map(refund -> Reply.ok(RefundView.of(refund)))
                .orElseGet(() -> Reply.error(404, "REFUND_NOT_FOUND", "refundId", refundId));
    }

    private static URI callbackUrl(String raw) {
        try {
            URI uri = new URI(raw);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new BadRequest("callbackUrl must be an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadRequest("callbackUrl must be an absolute http(s) URL");
        }
    }

    private static PaymentOutcome outcome(String raw) {
        try {
            return PaymentOutcome.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("outcome must be SUCCESS or FAILED");
        }
    }

    /** The wire form of the payment settings. */
    public record SettingsView(long callbackDelayMs, String outcome, boolean callbacksEnabled) {

        static SettingsView of(PaymentSettings settings) {
            return new SettingsView(
                    settings.callbackDelay().toMillis(), settings.outcome().name(), settings.callbacksEnabled());
        }
    }

    /** The inspection view of a payment. */
    public record PaymentView(
            String paymentId,
            String orderId,
            long amountCents,
            String outcome,
            String channelTxnId,
            String callbackUrl,
            int callbackAttempts,
            int callbacksDelivered,
            String lastCallbackResult,
            long refundedCents,
            String createdAt) {

        static PaymentView of(Payment payment, long refundedCents) {
            return new PaymentView(
                    payment.paymentId(),
                    payment.orderId(),
                    payment.amountCents(),
                    payment.outcome().name(),
                    payment.channelTxnId(),
                    payment.callbackUrl().toString(),
                    payment.callbackAttempts(),
                    payment.callbacksDelivered(),
                    payment.lastCallbackResult(),
                    refundedCents,
                    payment.createdAt().toString());
        }
    }

    /** The inspection view of a refund. */
    public record RefundView(
            String refundId, String paymentId, String orderId, long amountCents, String status, String refundedAt) {

        static RefundView of(Refund refund) {
            return new RefundView(
                    refund.refundId(),
                    refund.paymentId(),
                    refund.orderId(),
                    refund.amountCents(),
                    "SUCCEEDED",
                    refund.refundedAt().toString());
        }
    }
}
