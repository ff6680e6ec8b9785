package io.ordercenter.deploy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Mints bearer tokens for the local run and the tests, signed with the development key that only
 * the {@code local} and {@code test} profiles of the services trust, with the issuer, audience and
 * expiry every service requires. {@code ./ordercenter token} asks the local run's identity provider
 * instead when one runs ({@link LocalIdentity}), and mints here only when none does.
 *
 * <pre>./ordercenter token --role USER --sub 1001
 * ./ordercenter token --role MERCHANT --sub 9003 --shop 3</pre>
 */
public final class DevTokens {

    /** The development signing key (HS256). Never configured in the prod profile. */
    public static final String DEV_SECRET = "ordercenter-local-development-key-do-not-use-in-production";

    /**
     * The issuer of development tokens: the local run's identity provider, which the {@code local} and
     * {@code test} profiles expect by default ({@code OC_JWT_ISSUER} overrides it).
     */
    public static final String ISSUER = "http://127.0.0.1:9000";

    /** The audience every service requires. */
    public static final String AUDIENCE = "order-center";

    private DevTokens() {}

    public static String mint(String subject, List<String> roles, String shopId, Duration ttl) {
        return mint(ISSUER, subject, roles, shopId, ttl);
    }

    /** A development token under another issuer (a test whose services expect a different one). */
    public static String mint(String issuer, String subject, List<String> roles, String shopId, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .issuer(issuer)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (shopId != null) {
            claims.claim("shop_id", shopId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(DEV_SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }

    public static void main(String[] argv) throws java.io.IOException {
        java.nio.file.Path home = null;
        String subject = null;
        String shop = null;
        List<String> roles = new ArrayList<>();
        Duration ttl = Duration.ofHours(12);
        for (int i = 0; i + 1 < argv.length; i += 2) {
            switch (argv[i]) {
                case "--sub" -> subject = argv[i + 1];
                case "--role" -> roles.add(argv[i + 1].toUpperCase());
                case "--shop" -> shop = argv[i + 1];
                case "--ttl-hours" -> ttl = Duration.ofHours(Long.parseLong(argv[i + 1]));
                case "--home" -> home = java.nio.file.Path.of(argv[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + argv[i]);
            }
        }
        if (subject == null || roles.isEmpty()) {
            System.err.println("usage: ./ordercenter token --role USER|MERCHANT|RIDER|SUPPORT --sub ID [--shop SHOP_ID]"
                    + " [--ttl-hours N]");
            System.exit(2);
        }
        if (home != null) {
            java.util.Optional<String> issued;
            try {
                issued = LocalIdentity.token(home, subject, roles, shop);
            } catch (java.io.IOException refused) {
                System.err.println(refused.getMessage());
                System.exit(1);
                return;
            }
            if (issued.isPresent()) {
                System.out.println(issued.get());
                return;
            }
        }
        System.err.println("(no identity provider runs here: a development token, trusted in the local and test"
                + " profiles only)");
        System.out.println(mint(subject, roles, shop, ttl));
    }
}
