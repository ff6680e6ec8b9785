package io.ordercenter.contracts.failure;

import io.ordercenter.contracts.ErrorCode;
import java.util.Objects;

/**
 * A failure with a stable {@link ErrorCode} that the web layer turns into problem+json. The four
 * kinds say how a caller should react: {@link NotFound}, {@link Conflict} (the request clashes
 * with the current state, or a business rule refuses it), {@link Transient} (try again later —
 * the only kind that is ever retried) and {@link NonTransient} (the request itself is wrong).
 */
public abstract sealed class OrderCenterFailure extends RuntimeException
        permits NotFound, Conflict, Transient, NonTransient {

    private final ErrorCode code;

    protected OrderCenterFailure(ErrorCode code, String detail, Throwable cause) {
        super(Objects.requireNonNull(detail, "detail"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }

    /** The human-readable detail; never contains SQL, stack traces or host names. */
    public String detail() {
        return getMessage();
    }
}
