package io.ordercenter.query.it;

import io.ordercenter.deploy.DevTokens;
import java.time.Duration;
import java.util.List;

/** Bearer tokens signed with the development key the test profile trusts. */
public final class Tokens {

    private Tokens() {}

    public static String user(long userId) {
        return DevTokens.mint(Long.toString(userId), List.of("USER"), null, Duration.ofHours(1));
    }

    public static String merchant(long merchantId, Long shopId) {
        return DevTokens.mint(
                Long.toString(merchantId),
                List.of("MERCHANT"),
                shopId == null ? null : Long.toString(shopId),
                Duration.ofHours(1));
    }

    public static String rider(long riderId) {
        return DevTokens.mint(Long.toString(riderId), List.of("RIDER"), null, Duration.ofHours(1));
    }

    public static String support() {
        return DevTokens.mint("support-1", List.of("SUPPORT"), null, Duration.ofHours(1));
    }

    public static String noRoles(long subject) {
        return DevTokens.mint(Long.toString(subject), List.of(), null, Duration.ofHours(1));
    }
}
