package io.ordercenter.bench.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 tokens signed with the local run's development key, as {@code ./ordercenter token} mints
 * them: {@code sub}, {@code roles}, optional {@code shop_id}, issuer {@code http://127.0.0.1:9000}
 * (the local run's identity provider), audience {@code order-center}, {@code exp}.
 */
public final class DevJwt {

    public static final String LOCAL_KEY = "ordercenter-local-development-key-do-not-use-in-production";

    /** The issuer the local run's services expect. */
    public static final String ISSUER = "http://127.0.0.1:9000";

    private DevJwt() {}

    public static String mint(String key, String subject, List<String> roles, String shopId, Duration ttl) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"order-center\",\"sub\":\"" + subject + "\",\"roles\":["
                + roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","))
                + "]"
                + (shopId == null ? "" : ",\"shop_id\":\"" + shopId + "\"")
                + ",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + now.plus(ttl).getEpochSecond() + "}";
        String signingInput =
                base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + base64(hmac(key, signingInput));
    }

    static byte[] hmac(String key, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
