package io.ordercenter.async.redenvelope.application;

import io.ordercenter.async.redenvelope.domain.RedEnvelope;

/** The coupon service's grants; granting the same grant id again is harmless. */
public interface Grants {

    void grant(RedEnvelope envelope);
}
