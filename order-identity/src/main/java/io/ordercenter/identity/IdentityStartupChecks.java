package io.ordercenter.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What the identity provider refuses to start with, each with a message naming the setting: no
 * issuer or key directory; in the {@code prod} profile a short or placeholder client secret, a
 * publish delay not longer than the services' JWK-set cache, and the demo endpoint unless
 * explicitly allowed.
 */
public final class IdentityStartupChecks {

    /** The services cache the JWK set this long (Spring Security's Nimbus default). */
    static final Duration SERVICES_JWK_SET_CACHE = Duration.ofMinutes(5);

    private static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "example", "secret", "password");

    private IdentityStartupChecks() {}

    public static void check(IdentityProperties p, List<String> profiles) {
        if (p.issuer() == null || p.issuer().isBlank()) {
            throw new IllegalStateException(
                    "set OC_JWT_ISSUER (ordercenter.identity.issuer): the issuer of every token");
        }
        if (p.keyDirectory() == null) {
            throw new IllegalStateException(
                    "set OC_IDENTITY_KEY_DIR (ordercenter.identity.key-directory): where the signing keys are kept");
        }
        if (p.asyncClient().id() == null || p.asyncClient().id().isBlank()) {
            throw new IllegalStateException("set OC_ASYNC_CLIENT_ID (ordercenter.identity.async-client.id)");
        }
        boolean prod = profiles.contains("prod");
        requireSecret("OC_ASYNC_CLIENT_SECRET", p.asyncClient().secret(), prod ? 32 : 8, prod);
        if (prod && p.publishDelay().compareTo(SERVICES_JWK_SET_CACHE) <= 0) {
            throw new IllegalStateException("ordercenter.identity.publish-delay (" + p.publishDelay()
                    + ") must be longer"
                    + " than the services' JWK-set cache (" + SERVICES_JWK_SET_CACHE + "), or a service could see a"
                    + " token signed with a key it does not know yet");
        }
        if (p.rotationPeriod().compareTo(p.publishDelay()) <= 0) {
            throw new IllegalStateException("ordercenter.identity.rotation-period (OC_IDENTITY_ROTATION_PERIOD, "
                    + p.rotationPeriod() + ") must be longer than publish-delay (" + p.publishDelay()
                    + "), or no new key would ever sign");
        }
        if (p.demo().enabled()) {
            if (prod && !p.demo().allowInProd()) {
                throw new IllegalStateException(
                        "OC_IDENTITY_DEMO_SECRET is set with the prod profile: the demo token"
                                + " endpoint issues tokens for any subject and role to whoever knows it. Remove it, or set"
                                + " OC_IDENTITY_DEMO_ALLOW_PROD=true where that is intended (only the one-machine cluster run)");
            }
            requireSecret("OC_IDENTITY_DEMO_SECRET", p.demo().secret(), 32, true);
        }
    }

    private static void requireSecret(String variable, String value, int minimum, boolean refusePlaceholders) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("set " + variable);
        }
        if (value.length() < minimum) {
            throw new IllegalStateException(variable + " is shorter than " + minimum + " characters");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (refusePlaceholders && PLACEHOLDERS.stream().anyMatch(lower::contains)) {
            throw new IllegalStateException(variable + " looks like a placeholder; set a real random value");
        }
    }
}
