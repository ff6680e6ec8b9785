package io.ordercenter.identity;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity provider's settings, {@code ordercenter.identity.*}.
 *
 * @param issuer the {@code iss} of every token ({@code OC_JWT_ISSUER}); required
 * @param keyDirectory where the signing keys live ({@code OC_IDENTITY_KEY_DIR}): a persistent
 *     volume, so that a restart keeps the keys the services already trust; required
 * @param tokenTtl lifetime of every access token (default 10 min); a retired key stays published
 *     this long (plus a margin) after it stopped signing
 * @param rotationPeriod how often a new signing key is made ({@code OC_IDENTITY_ROTATION_PERIOD},
 *     default 30 days)
 * @param publishDelay how long a new key is published before it signs (default 10 min): longer than
 *     the services cache the JWK set (5 min), so every service knows it before it sees a token
 * @param checkInterval how often the rotation schedule is looked at (default 1 min)
 * @param asyncClient order-async's client credentials ({@code OC_ASYNC_CLIENT_ID}, {@code
 *     OC_ASYNC_CLIENT_SECRET})
 * @param demo the demo token endpoint, off unless {@code OC_IDENTITY_DEMO_SECRET} is set
 */
@ConfigurationProperties("ordercenter.identity")
public record IdentityProperties(
        String issuer,
        Path keyDirectory,
        Duration tokenTtl,
        Duration rotationPeriod,
        Duration publishDelay,
        Duration checkInterval,
        Client asyncClient,
        Demo demo) {

    public IdentityProperties {
        tokenTtl = tokenTtl == null ? Duration.ofMinutes(10) : tokenTtl;
        rotationPeriod = rotationPeriod == null ? Duration.ofDays(30) : rotationPeriod;
        publishDelay = publishDelay == null ? Duration.ofMinutes(10) : publishDelay;
        checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
        asyncClient = asyncClient == null ? new Client(null, null) : asyncClient;
        demo = demo == null ? new Demo(null, false) : demo;
    }

    /** A registered client's id and secret. */
    public record Client(String id, String secret) {}

    /**
     * The demo token endpoint ({@code POST /demo/token}): tokens for any subject and role, for the
     * local and cluster runs' {@code ./ordercenter token}. Enabled only when {@code secret} is set
     * ({@code OC_IDENTITY_DEMO_SECRET}, which no manifest sets); refused together with the {@code
     * prod} profile unless {@code allowInProd} ({@code OC_IDENTITY_DEMO_ALLOW_PROD=true}, set only by
     * the one-machine cluster run).
     */
    public record Demo(String secret, boolean allowInProd) {

        public boolean enabled() {
            return secret != null && !secret.isBlank();
        }
    }
}
