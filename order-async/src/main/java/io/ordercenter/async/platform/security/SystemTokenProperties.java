package io.ordercenter.async.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bearer token order-async presents to order-trade's internal endpoints (role SYSTEM), {@code
 * ordercenter.security.system-token.*}. Production gives a {@code token} issued by the identity
 * provider (from the environment); only the local and test profiles set {@code hmacSecret}, the
 * development key, with which order-async mints its own short-lived token.
 *
 * @param token a ready SYSTEM token (production)
 * @param hmacSecret the development signing key (local and test profiles only)
 * @param subject the {@code sub} of minted tokens (default {@code order-async})
 * @param ttl lifetime of minted tokens (default 10 min; renewed at half-life)
 */
@ConfigurationProperties("ordercenter.security.system-token")
public record SystemTokenProperties(String token, String hmacSecret, String subject, Duration ttl) {

    public SystemTokenProperties {
        subject = subject == null || subject.isBlank() ? "order-async" : subject;
        ttl = ttl == null ? Duration.ofMinutes(10) : ttl;
    }
}
