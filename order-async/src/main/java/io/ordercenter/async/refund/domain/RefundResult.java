package io.ordercenter.async.refund.domain;

/** The payment channel's answer to a refund (a channel that is down is a transient failure instead). */
public sealed interface RefundResult {

    /** Refunded (now or before: the channel is idempotent by refund id). */
    record Succeeded() implements RefundResult {}

    /** The channel will never do it (e.g. more than was paid). */
    record Refused(String reason) implements RefundResult {}
}
