package io.ordercenter.contracts.failure;

import io.ordercenter.contracts.ErrorCode;

/** The request itself is wrong (validation, authentication, permission): repeating it will not help. */
public final class NonTransient extends OrderCenterFailure {

    public NonTransient(ErrorCode code, String detail) {
        super(code, detail, null);
    }
}
