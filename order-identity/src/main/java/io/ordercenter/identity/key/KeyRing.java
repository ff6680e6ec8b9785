package io.ordercenter.identity.key;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rotation schedule, a pure function of the keys and the time. A rotation publishes the new key
 * first and lets it sign only after {@code publishDelay} (longer than any service caches the JWK
 * set); the previous key keeps signing meanwhile. A key that no longer signs stays published until
 * every token it signed has expired ({@code tokenTtl} plus {@code margin} after its successor began
 * to sign); so during a rollover two keys are published. The very first key signs at once (no
 * service can hold a token or a cached key set yet).
 */
public final class KeyRing {

    private final Duration rotationPeriod;
    private final Duration publishDelay;
    private final Duration tokenTtl;
    private final Duration margin;

    public KeyRing(Duration rotationPeriod, Duration publishDelay, Duration tokenTtl, Duration margin) {
        this.rotationPeriod = rotationPeriod;
        this.publishDelay = publishDelay;
        this.tokenTtl = tokenTtl;
        this.margin = margin;
    }

    /** What changes at {@code now}: a key to add (if a rotation is due) and the keys to drop. */
    public record Changes(ManagedKey added, List<ManagedKey> retired) {

        public boolean none() {
            return added == null && retired.isEmpty();
        }
    }

    public Changes due(List<ManagedKey> keys, Instant now, Supplier<RSAKey> generate) {
        List<ManagedKey> sorted = sorted(keys);
        ManagedKey added = null;
        if (sorted.isEmpty()) {
            added = new ManagedKey(generate.get(), now, now);
        } else if (!now.isBefore(sorted.get(sorted.size() - 1).createdAt().plus(rotationPeriod))) {
            added = new ManagedKey(generate.get(), now, now.plus(publishDelay));
        }
        List<ManagedKey> retired = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Instant stoppedSigning = sorted.get(i + 1).activeFrom();
            if (!now.isBefore(stoppedSigning.plus(tokenTtl).plus(margin))) {
                retired.add(sorted.get(i));
            }
        }
        return new Changes(added, retired);
    }

    /** The key that signs at {@code now}: the newest one whose publish delay has passed. */
    public static ManagedKey signing(List<ManagedKey> keys, Instant now) {
        ManagedKey signing = null;
        for (ManagedKey key : sorted(keys)) {
            if (!key.activeFrom().isAfter(now)) {
                signing = key;
            }
        }
        if (signing == null) {
            throw new IllegalStateException("no signing key is active yet");
        }
        return signing;
    }

    private static List<ManagedKey> sorted(List<ManagedKey> keys) {
        List<ManagedKey> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(ManagedKey::createdAt).thenComparing(ManagedKey::kid));
        return sorted;
    }
}
