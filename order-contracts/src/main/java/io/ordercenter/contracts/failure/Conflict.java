package io.ordercenter.contracts.failure;

import io.ordercenter.contracts.ErrorCode;

/** The request clashes with the current state, or a business rule refuses it (409 and 422 codes). */
public final class Conflict extends OrderCenterFailure {

    public Conflict(ErrorCode code, String detail) {
        super(code, detail, null);
    }
}
