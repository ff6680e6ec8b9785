package io.ordercenter.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityStartupChecksTest {

    private static final String STRONG = "f3a9c1e07b5d4e2a9c8b7a6f5e4d3c2b1a0f9e8d";

    private static IdentityProperties properties(
            Duration publishDelay, String clientSecret, IdentityProperties.Demo demo) {
        return new IdentityProperties(
                "https://id.example.test",
                Path.of("/var/lib/identity"),
                null,
                null,
                publishDelay,
                null,
                new IdentityProperties.Client("order-async", clientSecret),
                demo);
    }

    @Test
    void a_production_start_with_sound_settings_passes() {
        assertThatCode(() -> IdentityStartupChecks.check(properties(null, STRONG, null), List.of("prod")))
                .doesNotThrowAnyException();
    }

    @Test
    void the_demo_endpoint_is_refused_with_the_prod_profile_unless_explicitly_allowed() {
        IdentityProperties.Demo demo = new IdentityProperties.Demo(STRONG, false);

        assertThatThrownBy(() -> IdentityStartupChecks.check(properties(null, STRONG, demo), List.of("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OC_IDENTITY_DEMO_SECRET")
                .hasMessageContaining("OC_IDENTITY_DEMO_ALLOW_PROD");
        assertThatCode(() -> IdentityStartupChecks.check(
                        properties(null, STRONG, new IdentityProperties.Demo(STRONG, true)), List.of("prod")))
                .doesNotThrowAnyException();
        assertThatCode(() -> IdentityStartupChecks.check(properties(null, STRONG, demo), List.of("local")))
                .doesNotThrowAnyException();
    }

    @Test
    void a_short_or_placeholder_client_secret_stops_a_production_start() {
        assertThatThrownBy(() -> IdentityStartupChecks.check(properties(null, "short", null), List.of("prod")))
                .hasMessageContaining("OC_ASYNC_CLIENT_SECRET");
        assertThatThrownBy(() -> IdentityStartupChecks.check(
                        properties(null, "change-me-change-me-change-me-change-me", null), List.of("prod")))
                .hasMessageContaining("placeholder");
    }

    @Test
    void a_publish_delay_not_longer_than_the_services_key_cache_stops_a_production_start() {
        assertThatThrownBy(() ->
                        IdentityStartupChecks.check(properties(Duration.ofMinutes(5), STRONG, null), List.of("prod")))
                .hasMessageContaining("publish-delay");
    }
}
