package io.ordercenter.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the one {@link JwtDecoder} of a service from {@link JwtProperties} and the active profiles.
 *
 * <ul>
 *   <li>Every token needs the configured issuer, the audience, and an {@code exp} in the future (a
 *       token without {@code exp} is refused, not trusted forever); the default 60 s clock skew
 *       applies.
 *   <li>With a JWK set only RSA signatures (RS256/384/512) are accepted: {@code alg: none} and any
 *       HMAC token are refused, including one signed with the RSA public key as the HMAC secret.
 *   <li>The development HS256 key is accepted in the {@code local} and {@code test} profiles only; a
 *       start with it configured in any other profile fails. With both configured (the local run
 *       beside its identity provider), an HS256 token is checked against the development key only,
 *       anything else against the JWK set.
 * </ul>
 *
 * <p>The JWK set is cached as Spring Security configures Nimbus by default: for 5 minutes ({@link
 * #JWK_SET_CACHE_MINUTES}), refetched at once when a token names an unknown key id. The identity
 * provider's publish delay for a new key is longer than this.
 */
public final class BearerTokenDecoders {

    /** How long a service caches the identity provider's JWK set (Nimbus's default through Spring Security). */
    public static final int JWK_SET_CACHE_MINUTES = 5;

    private static final List<String> DEVELOPMENT_PROFILES = List.of("local", "test");

    private BearerTokenDecoders() {}

    public static JwtDecoder decoder(JwtProperties properties, String... activeProfiles) {
        if (properties.issuer() == null || properties.issuer().isBlank()) {
            throw new IllegalStateException("set ordercenter.security.jwt.issuer (OC_JWT_ISSUER): the issuer every"
                    + " bearer token must carry");
        }
        OAuth2TokenValidator<Jwt> validator = validator(properties);
        JwtDecoder rsa = null;
        if (properties.hasJwkSet()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                    .jwsAlgorithms(algorithms -> {
                        algorithms.add(SignatureAlgorithm.RS256);
                        algorithms.add(SignatureAlgorithm.RS384);
                        algorithms.add(SignatureAlgorithm.RS512);
                    })
                    .build();
            decoder.setJwtValidator(validator);
            rsa = decoder;
        }
        if (!properties.hasDevelopmentKey()) {
            if (rsa == null) {
                throw new IllegalStateException("set ordercenter.security.jwt.jwk-set-uri (OC_JWK_SET_URI), or, in the"
                        + " local and test profiles only, hmac-secret");
            }
            return rsa;
        }
        List<String> profiles = Arrays.asList(activeProfiles);
        if (profiles.contains("prod") || profiles.stream().noneMatch(DEVELOPMENT_PROFILES::contains)) {
            throw new IllegalStateException("ordercenter.security.jwt.hmac-secret (the development signing key) is"
                    + " configured, but it is accepted only in the local and test profiles (active: " + profiles
                    + "); production validates tokens against the identity provider's JWK set (OC_JWK_SET_URI)"
                    + " - remove the development key from this deployment");
        }
        byte[] key = properties.hmacSecret().getBytes(StandardCharsets.UTF_8);
        NimbusJwtDecoder hmac = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        hmac.setJwtValidator(validator);
        return rsa == null ? hmac : byAlgorithm(hmac, rsa);
    }

    static OAuth2TokenValidator<Jwt> validator(JwtProperties properties) {
        return JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
    }

    /** HS256 to the development key, everything else (RSA, or refused) to the JWK set. */
    private static JwtDecoder byAlgorithm(JwtDecoder hmac, JwtDecoder rsa) {
        return token -> {
            JWT parsed;
            try {
                parsed = JWTParser.parse(token);
            } catch (ParseException e) {
                throw new BadJwtException("malformed token: " + e.getMessage(), e);
            }
            if (parsed instanceof SignedJWT signed
                    && JWSAlgorithm.HS256.equals(signed.getHeader().getAlgorithm())) {
                return hmac.decode(token);
            }
            return rsa.decode(token);
        };
    }
}
