package io.ordercenter.async.redenvelope.infrastructure.http;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.red-envelope.*}.
 *
 * @param amountCents the value of the coupon granted when an order completes (default 300)
 */
@ConfigurationProperties("ordercenter.red-envelope")
public record RedEnvelopeProperties(Long amountCents) {

    public RedEnvelopeProperties {
        amountCents = amountCents == null ? 300L : amountCents;
    }
}
