package io.ordercenter.sim.payment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** The simulated payment channel. Thread-safe. */
public final class PaymentChannel implements AutoCloseable {

    private final PaymentSettings initialSettings;
    private final Clock clock;
    private final CallbackSender callbacks;
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final Map<String, Refund> refunds = new HashMap<>();
    private final Map<String, Long> refundedCents = new HashMap<>();
    private final AtomicLong transactions = new AtomicLong();
    /** Bumped by {@link #reset()}: callbacks scheduled before it are dropped. */
    private final AtomicLong generation = new AtomicLong();

    private volatile PaymentSettings settings;

    public PaymentChannel(
            PaymentSettings settings,
            String callbackSecret,
            int callbackAttempts,
            Duration callbackBackoff,
            Clock clock) {
        this.initialSettings = settings;
        this.settings = settings;
        this.clock = clock;
        this.callbacks =
                new CallbackSender(new CallbackSigner(callbackSecret), callbackAttempts, callbackBackoff, clock);
    }

    /** What a refund answered. */
    public sealed interface RefundOutcome permits Refunded, ExceedsPayment {}

    /** The refund is done (now, or by the earlier request with this refund id). */
    public record Refunded(Refund refund) implements RefundOutcome {}

    /** The refunds of a known payment would return more than it took; nothing was refunded. */
    public record ExceedsPayment(long refundableCents) implements RefundOutcome {}

    /**
     * Starts a payment, or returns the one already started with this id. A new payment's callback is
     * scheduled (once) when callbacks are enabled.
     */
    public Payment start(String paymentId, String orderId, long amountCents, URI callbackUrl) {
        PaymentSettings current = settings;
        boolean[] created = {false};
        Payment payment = payments.computeIfAbsent(paymentId, id -> {
            created[0] = true;
            return new Payment(
                    id,
                    orderId,
                    amountCents,
                    callbackUrl,
                    current.outcome(),
                    String.format("SIMTXN%014d", transactions.incrementAndGet()),
                    clock.instant());
        });
        if (created[0] && current.callbacksEnabled()) {
            callbacks.deliver(payment, current.callbackDelay(), stillCurrent());
        }
        return payment;
    }

    /** Sends the payment's callback again now (same body, same signature); empty for an unknown payment. */
    public Optional<Payment> resendCallback(String paymentId) {
        Optional<Payment> payment = find(paymentId);
        payment.ifPresent(p -> callbacks.deliver(p, Duration.ZERO, stillCurrent()));
        return payment;
    }

    /**
     * Refunds once per refund id. For a payment this channel knows, the refunds together may not
     * exceed its amount; a refund for a payment it does not know (the simulator restarted) is accepted.
     */
    public synchronized RefundOutcome refund(String refundId, String paymentId, String orderId, long amountCents) {
        Refund existing = refunds.get(refundId);
        if (existing != null) {
            return new Refunded(existing);
        }
        Payment payment = payments.get(paymentId);
        long already = refundedCents.getOrDefault(paymentId, 0L);
        if (payment != null && already + amountCents > payment.amountCents()) {
            return new ExceedsPayment(payment.amountCents() - already);
        }
        Refund refund = new Refund(refundId, paymentId, orderId, amountCents, clock.instant());
        refunds.put(refundId, refund);
        refundedCents.merge(paymentId, amountCents, Long::sum);
        return new Refunded(refund);
    }

    public Optional<Payment> find(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId));
    }

    public synchronized Optional<Refund> findRefund(String refundId) {
        return Optional.ofNullable(refunds.get(refundId));
    }

    public synchronized long refundedCents(String paymentId) {
        return refundedCents.getOrDefault(paymentId, 0L);
    }

    public PaymentSettings settings() {
        return settings;
    }

    public void updateSettings(PaymentSettings settings) {
        this.settings = settings;
    }

    /** Forgets payments and refunds, drops pending callbacks, restores the start-up settings. */
    public synchronized void reset() {
        generation.incrementAndGet();
        payments.clear();
        refunds.clear();
        refundedCents.clear();
        settings = initialSettings;
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        callbacks.close();
    }

    private BooleanSupplier stillCurrent() {
        long current = generation.get();
        return () -> generation.get() == current;
    }
}
