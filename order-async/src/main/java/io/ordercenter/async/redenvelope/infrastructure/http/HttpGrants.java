package io.ordercenter.async.redenvelope.infrastructure.http;

import io.ordercenter.async.platform.http.HttpAnswer;
import io.ordercenter.async.platform.http.HttpDependency;
import io.ordercenter.async.redenvelope.application.Grants;
import io.ordercenter.async.redenvelope.domain.RedEnvelope;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import java.util.Map;

/** {@code POST /coupons/grants} of the coupon service, idempotent by {@code grantId}. */
public final class HttpGrants implements Grants {

    private final HttpDependency coupon;

    public HttpGrants(HttpDependency coupon) {
        this.coupon = coupon;
    }

    @Override
    public void grant(RedEnvelope envelope) {
        HttpAnswer answer = coupon.post(
                "/coupons/grants",
                Map.of(
                        "grantId", envelope.grantId(),
                        "userId", envelope.userId(),
                        "amountCents", envelope.amountCents(),
                        "reason", envelope.reason()),
                null);
        if (!answer.ok()) {
            throw new NonTransient(
                    ErrorCode.VALIDATION_FAILED,
                    "coupon service refused grant " + envelope.grantId() + ": " + answer.status() + " "
                            + answer.body());
        }
    }
}
