package io.ordercenter.platform.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.rate-limit.*}: how many API requests one caller (the token's subject) may make
 * to this service instance. Support staff get their own, usually higher, limit; service-to-service
 * calls (role SYSTEM) are never limited.
 *
 * @param enabled off only for benchmarks that deliberately drive one caller hard
 * @param perSecond sustained requests a second per caller
 * @param burst requests a caller may make at once after being idle
 * @param supportPerSecond the same for SUPPORT callers
 * @param supportBurst the same for SUPPORT callers
 * @param maxCallers buckets kept before idle (full) ones are forgotten
 */
@ConfigurationProperties("ordercenter.rate-limit")
public record RateLimitProperties(
        Boolean enabled,
        Double perSecond,
        Integer burst,
        Double supportPerSecond,
        Integer supportBurst,
        Integer maxCallers) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        perSecond = perSecond == null ? 20.0 : perSecond;
        burst = burst == null ? 40 : burst;
        supportPerSecond = supportPerSecond == null ? 100.0 : supportPerSecond;
        supportBurst = supportBurst == null ? 200 : supportBurst;
        maxCallers = maxCallers == null ? 100_000 : maxCallers;
    }
}
