package io.ordercenter.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bearer tokens are checked, {@code ordercenter.security.jwt.*}. Every token must carry the
 * expected issuer, the audience and an expiry. Production names the identity provider's JWK set
 * ({@code jwkSetUri}, RSA signatures only); only the local and test profiles may set {@code
 * hmacSecret}, the development key that {@code ./ordercenter token} signs with when no identity
 * provider runs.
 *
 * @param jwkSetUri the identity provider's JWK set ({@code OC_JWK_SET_URI})
 * @param hmacSecret the development HS256 key (local and test profiles only)
 * @param issuer the {@code iss} every token must carry ({@code OC_JWT_ISSUER}); required
 * @param audience the {@code aud} every token must contain (default {@code order-center})
 */
@ConfigurationProperties("ordercenter.security.jwt")
public record JwtProperties(String jwkSetUri, String hmacSecret, String issuer, String audience) {

    /** The audience of every Order Center token. */
    public static final String AUDIENCE = "order-center";

    public JwtProperties {
        audience = audience == null || audience.isBlank() ? AUDIENCE : audience;
    }

    boolean hasJwkSet() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }

    boolean hasDevelopmentKey() {
        return hmacSecret != null && !hmacSecret.isBlank();
    }
}
