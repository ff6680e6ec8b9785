package io.ordercenter.async.it;

import io.ordercenter.deploy.DevTokens;
import java.time.Duration;
import java.util.List;

/** Bearer tokens signed with the development key the test profile trusts (as {@code ./ordercenter token}). */
public final class Tokens {

    private Tokens() {}

    public static String mint(String subject, String... roles) {
        return DevTokens.mint(subject, List.of(roles), null, Duration.ofMinutes(10));
    }
}
