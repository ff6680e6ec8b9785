package io.ordercenter.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.gateway.callback-rate-limit.*}: requests a second and burst of the payment
 * callback per client address (the callback carries no token, so no caller). The limits of callers
 * with a token are {@code ordercenter.rate-limit.*}, as in the services, but held fleet-wide.
 */
@ConfigurationProperties("ordercenter.gateway.callback-rate-limit")
public record CallbackRateLimitProperties(Double perSecond, Integer burst) {

    public CallbackRateLimitProperties {
        perSecond = perSecond == null ? 100.0 : perSecond;
        burst = burst == null ? 200 : burst;
    }
}
