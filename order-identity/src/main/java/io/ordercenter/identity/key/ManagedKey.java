package io.ordercenter.identity.key;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;

/**
 * One RSA signing key and its schedule: published from {@code createdAt}, signing from {@code
 * activeFrom} until a newer key signs.
 */
public record ManagedKey(RSAKey jwk, Instant createdAt, Instant activeFrom) {

    public String kid() {
        return jwk.getKeyID();
    }
}
