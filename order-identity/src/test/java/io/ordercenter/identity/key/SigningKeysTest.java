package io.ordercenter.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private static final Duration PERIOD = Duration.ofDays(30);
    private static final Duration DELAY = Duration.ofMinutes(10);

    @TempDir
    Path directory;

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private SigningKeys open() {
        KeyRing ring = new KeyRing(PERIOD, DELAY, Duration.ofMinutes(15), Duration.ofMinutes(1));
        return new SigningKeys(ring, new KeyDirectory(directory), clock, Duration.ofHours(1));
    }

    @Test
    void the_keys_survive_a_restart_and_their_files_are_private() throws Exception {
        String kid;
        try (SigningKeys keys = open()) {
            kid = keys.signing().getKeyID();
        }
        try (SigningKeys again = open()) {
            assertThat(again.signing().getKeyID()).isEqualTo(kid);
        }
        Path file = directory.resolve(kid + ".json");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void during_a_rollover_two_keys_are_published_and_only_public_parts() {
        try (SigningKeys keys = open()) {
            String old = keys.signing().getKeyID();
            now = now.plus(PERIOD);
            keys.maintain();

            assertThat(keys.published()).hasSize(2).noneMatch(JWK::isPrivate);
            assertThat(keys.signing().getKeyID()).isEqualTo(old);

            now = now.plus(DELAY);
            assertThat(keys.signing().getKeyID()).isNotEqualTo(old);
            assertThat(keys.published()).extracting(JWK::getKeyID).contains(old);
        }
    }

    @Test
    void a_restart_during_the_publish_delay_keeps_the_schedule() {
        String old;
        try (SigningKeys keys = open()) {
            old = keys.signing().getKeyID();
            now = now.plus(PERIOD);
            keys.maintain();
        }
        try (SigningKeys again = open()) {
            assertThat(again.published()).hasSize(2);
            assertThat(again.signing().getKeyID()).isEqualTo(old);
        }
    }
}
