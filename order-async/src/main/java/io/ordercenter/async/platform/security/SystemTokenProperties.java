package io.ordercenter.async.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How order-async gets the bearer token it presents to order-trade's internal endpoints (role
 * SYSTEM), {@code ordercenter.security.system-token.*}. Production obtains it from the identity
 * provider by OAuth2 client credentials ({@code tokenUri}, {@code clientId}, {@code clientSecret});
 * only the local and test profiles may instead set {@code hmacSecret}, the development key, with
 * which order-async mints its own short-lived token when no identity provider runs.
 *
 * @param tokenUri the identity provider's token endpoint ({@code OC_IDENTITY_TOKEN_URI})
 * @param clientId order-async's client id ({@code OC_ASYNC_CLIENT_ID})
 * @param clientSecret order-async's client secret ({@code OC_ASYNC_CLIENT_SECRET})
 * @param refreshBefore how long before its expiry a token is replaced (default 60 s): a token is
 *     never presented that could expire on the way or under a skewed clock
 * @param hmacSecret the development signing key (local and test profiles only)
 * @param subject the {@code sub} of minted development tokens (default {@code order-async})
 * @param ttl lifetime of minted development tokens (default 10 min; renewed at half-life)
 */
@ConfigurationProperties("ordercenter.security.system-token")
public record SystemTokenProperties(
        String tokenUri,
        String clientId,
        String clientSecret,
        Duration refreshBefore,
        String hmacSecret,
        String subject,
        Duration ttl) {

    public SystemTokenProperties {
        refreshBefore = refreshBefore == null ? Duration.ofSeconds(60) : refreshBefore;
        subject = subject == null || subject.isBlank() ? "order-async" : subject;
        ttl = ttl == null ? Duration.ofMinutes(10) : ttl;
    }

    boolean usesIdentityProvider() {
        return tokenUri != null && !tokenUri.isBlank();
    }

    boolean hasDevelopmentKey() {
        return hmacSecret != null && !hmacSecret.isBlank();
    }
}
