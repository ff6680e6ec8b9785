package io.ordercenter.gateway.retry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.gateway.retry.*}: how often, and for how long, a request is tried on another
 * instance when a repeat is safe ({@link RetrySafety}).
 *
 * @param maxAttempts attempts in all, the first included
 * @param within no new attempt starts later than this after the request arrived
 * @param backoff pause before each repeat
 */
@ConfigurationProperties("ordercenter.gateway.retry")
public record RetryProperties(Integer maxAttempts, Duration within, Duration backoff) {

    public RetryProperties {
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        within = within == null ? Duration.ofSeconds(6) : within;
        backoff = backoff == null ? Duration.ofMillis(50) : backoff;
        if (maxAttempts < 1 || within.isNegative() || backoff.isNegative()) {
            throw new IllegalArgumentException("ordercenter.gateway.retry: max-attempts >= 1, within and backoff >= 0");
        }
    }
}
