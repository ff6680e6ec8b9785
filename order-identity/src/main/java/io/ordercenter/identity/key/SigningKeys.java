package io.ordercenter.identity.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running key rotation: loads the keys from their directory, applies the {@link KeyRing}'s
 * schedule at start-up and then every check interval (new key saved before it is published,
 * retired keys deleted after they are unpublished), and answers which key signs and which are
 * published. One identity provider instance owns a key directory.
 */
public final class SigningKeys implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final KeyRing ring;
    private final KeyDirectory directory;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private volatile List<ManagedKey> keys;

    public SigningKeys(KeyRing ring, KeyDirectory directory, Clock clock, Duration checkInterval) {
        this.ring = ring;
        this.directory = directory;
        this.clock = clock;
        this.keys = List.copyOf(directory.load());
        maintain();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "key-rotation");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, checkInterval.toMillis());
        scheduler.scheduleWithFixedDelay(this::maintainQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Applies the schedule now; returns true when something changed. */
    public synchronized boolean maintain() {
        Instant now = clock.instant();
        KeyRing.Changes changes = ring.due(keys, now, SigningKeys::generate);
        if (changes.none()) {
            return false;
        }
        List<ManagedKey> next = new java.util.ArrayList<>(keys);
        if (changes.added() != null) {
            // generating the key takes a while: its schedule counts from the moment it is published
            Instant published = clock.instant();
            ManagedKey added = new ManagedKey(
                    changes.added().jwk(),
                    published,
                    published.plus(Duration.between(
                            changes.added().createdAt(), changes.added().activeFrom())));
            directory.save(added);
            next.add(added);
            log.info("new signing key {} published, signs from {}", added.kid(), added.activeFrom());
        }
        next.removeAll(changes.retired());
        keys = List.copyOf(next);
        for (ManagedKey retired : changes.retired()) {
            directory.delete(retired);
            log.info("signing key {} retired: every token it signed has expired", retired.kid());
        }
        return true;
    }

    private void maintainQuietly() {
        try {
            maintain();
        } catch (RuntimeException e) {
            log.error("key rotation failed (the current keys stay in use; retried at the next check)", e);
        }
    }

    /** The key that signs now. */
    public RSAKey signing() {
        return KeyRing.signing(keys, clock.instant()).jwk();
    }

    /** Every published key, public parts only: the signing key, a newer one waiting, older ones retiring. */
    public List<JWK> published() {
        return keys.stream().map(k -> (JWK) k.jwk().toPublicJWK()).toList();
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
