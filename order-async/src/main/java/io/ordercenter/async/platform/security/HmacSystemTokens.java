package io.ordercenter.async.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ordercenter.contracts.Role;
import io.ordercenter.platform.security.JwtProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Mints SYSTEM tokens with the development HS256 key (local and test profiles only), the same way
 * {@code ./ordercenter token} does when no identity provider runs (with the issuer the services
 * expect and the {@code order-center} audience); a token is reused until half its lifetime has passed.
 */
final class HmacSystemTokens implements SystemTokens {

    private final byte[] secret;
    private final String issuer;
    private final String subject;
    private final Duration ttl;
    private String current;
    private Instant renewAt = Instant.MIN;

    HmacSystemTokens(String secret, String issuer, String subject, Duration ttl) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.issuer = issuer;
        this.subject = subject;
        this.ttl = ttl;
    }

    @Override
    public synchronized String bearer() {
        Instant now = Instant.now();
        if (current == null || !now.isBefore(renewAt)) {
            current = mint(now);
            renewAt = now.plus(ttl.dividedBy(2));
        }
        return current;
    }

    private String mint(Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", List.of(Role.SYSTEM.name()))
                .issuer(issuer)
                .audience(JwtProperties.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the SYSTEM token", e);
        }
    }
}
