package io.ordercenter.trade.payment.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks {@code X-Signature}: lower-case hex HMAC-SHA256 of the raw body with the channel secret. */
public final class CallbackSignatures {

    private final byte[] secret;

    public CallbackSignatures(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("ordercenter.payment.callback-secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so the time taken says nothing about how much of a forgery matched. */
    public boolean verify(byte[] body, String signatureHex) {
        if (signatureHex == null || !signatureHex.matches("[0-9a-fA-F]{64}")) {
            return false;
        }
        byte[] expected = sign(body);
        byte[] given = HexFormat.of().parseHex(signatureHex.toLowerCase());
        return MessageDigest.isEqual(expected, given);
    }

    public byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
