package io.ordercenter.trade.refund.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one refund. It is the refund request number sent to the payment channel, which deduplicates by it, so
 * a retried refund must reuse its id: 1 to 64 of {@code [A-Za-z0-9_-]}.
 */
public record RefundId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public RefundId {
        Objects.requireNonNull(value, "refund id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("refund id must be 1 to 64 of [A-Za-z0-9_-]: '" + value + "'");
        }
    }
}
