package io.ordercenter.contracts.failure;

import io.ordercenter.contracts.ErrorCode;

/** The thing asked for does not exist (or the caller may not know that it does). */
public final class NotFound extends OrderCenterFailure {

    public NotFound(ErrorCode code, String detail) {
        super(code, detail, null);
    }
}
