package io.ordercenter.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code ordercenter.gateway.body.*}: the largest request body the gateway accepts, in general and
 * on the payment callback (API.md: 16 KiB); larger ones are answered 413 before any service sees them.
 */
@ConfigurationProperties("ordercenter.gateway.body")
public record BodyLimitProperties(DataSize maxSize, DataSize callbackMaxSize) {

    public BodyLimitProperties {
        maxSize = maxSize == null ? DataSize.ofKilobytes(256) : maxSize;
        callbackMaxSize = callbackMaxSize == null ? DataSize.ofKilobytes(16) : callbackMaxSize;
        if (maxSize.toBytes() < 1 || callbackMaxSize.toBytes() < 1 || maxSize.toBytes() > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("ordercenter.gateway.body: sizes must be between 1 B and 1 GiB");
        }
    }
}
