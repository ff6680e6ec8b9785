package io.ordercenter.trade.payment.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one payment with the channel. Our own id, sent to the channel and echoed in its callback, so it is
 * restricted to characters every channel accepts: 1 to 64 of {@code [A-Za-z0-9_-]}.
 */
public record PaymentId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public PaymentId {
        Objects.requireNonNull(value, "payment id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("payment id must be 1 to 64 of [A-Za-z0-9_-]: '" + value + "'");
        }
    }
}
