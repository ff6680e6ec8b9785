package io.ordercenter.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Duration PERIOD = Duration.ofDays(30);
    private static final Duration PUBLISH_DELAY = Duration.ofMinutes(10);
    private static final Duration TOKEN_TTL = Duration.ofMinutes(15);
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static final RSAKey BASE = SigningKeys.generate();

    private final KeyRing ring = new KeyRing(PERIOD, PUBLISH_DELAY, TOKEN_TTL, MARGIN);

    /** A key with a fresh id (the key material does not matter to the schedule). */
    private static RSAKey key() {
        return new RSAKey.Builder(BASE).keyID(UUID.randomUUID().toString()).build();
    }

    private List<ManagedKey> apply(List<ManagedKey> keys, Instant now) {
        KeyRing.Changes changes = ring.due(keys, now, KeyRingTest::key);
        List<ManagedKey> next = new ArrayList<>(keys);
        if (changes.added() != null) {
            next.add(changes.added());
        }
        next.removeAll(changes.retired());
        return next;
    }

    @Test
    void the_first_key_signs_at_once() {
        List<ManagedKey> keys = apply(List.of(), T0);

        assertThat(keys).hasSize(1);
        assertThat(KeyRing.signing(keys, T0)).isEqualTo(keys.get(0));
    }

    @Test
    void nothing_changes_before_the_rotation_period_is_over() {
        List<ManagedKey> keys = apply(List.of(), T0);

        assertThat(ring.due(keys, T0.plus(PERIOD).minusSeconds(1), KeyRingTest::key)
                        .none())
                .isTrue();
    }

    @Test
    void a_rotation_publishes_the_new_key_first_and_the_old_key_signs_until_the_publish_delay_has_passed() {
        List<ManagedKey> keys = apply(List.of(), T0);
        ManagedKey old = keys.get(0);
        Instant rotation = T0.plus(PERIOD);

        keys = apply(keys, rotation);

        assertThat(keys).hasSize(2);
        ManagedKey fresh = keys.get(1);
        assertThat(KeyRing.signing(keys, rotation)).isEqualTo(old);
        assertThat(KeyRing.signing(keys, rotation.plus(PUBLISH_DELAY).minusMillis(1)))
                .isEqualTo(old);
        assertThat(KeyRing.signing(keys, rotation.plus(PUBLISH_DELAY))).isEqualTo(fresh);
    }

    @Test
    void the_old_key_stays_published_until_every_token_it_signed_has_expired() {
        List<ManagedKey> keys = apply(apply(List.of(), T0), T0.plus(PERIOD));
        ManagedKey old = keys.get(0);
        Instant oldStopsSigning = T0.plus(PERIOD).plus(PUBLISH_DELAY);
        Instant lastOldTokenExpires = oldStopsSigning.plus(TOKEN_TTL);

        List<ManagedKey> justBefore =
                apply(keys, lastOldTokenExpires.plus(MARGIN).minusSeconds(1));
        List<ManagedKey> after = apply(keys, lastOldTokenExpires.plus(MARGIN));

        assertThat(justBefore).hasSize(2).contains(old);
        assertThat(after).hasSize(1).doesNotContain(old);
    }

    @Test
    void a_provider_that_was_down_past_the_rotation_keeps_signing_with_the_current_key_while_it_publishes_the_next() {
        List<ManagedKey> keys = apply(List.of(), T0);
        Instant muchLater = T0.plus(PERIOD.multipliedBy(3));

        List<ManagedKey> next = apply(keys, muchLater);

        assertThat(next).hasSize(2);
        assertThat(KeyRing.signing(next, muchLater)).isEqualTo(keys.get(0));
    }
}
