package io.ordercenter.gateway.limits;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.Role;
import java.util.Optional;

/**
 * Whose token bucket a request spends, and which limit applies to it. The Redis key carries the
 * caller in a hash tag, so that everything Bucket4j stores for one caller sits in one slot of a
 * Redis Cluster.
 *
 * @param redisKey the bucket's key, {@code oc:gw:rl:{tier:id}}
 * @param tier which of the configured limits applies
 */
public record LimitKey(String redisKey, Tier tier) {

    /** The limits of {@code ordercenter.rate-limit.*}. */
    public enum Tier {
        /** Users, merchants and riders: per-second and burst. */
        CALLER,
        /** Support staff: support-per-second and support-burst. */
        SUPPORT,
        /** The payment channel's callback, per client address. */
        CALLBACK
    }

    private static final String PREFIX = "oc:gw:rl:";

    /** The bucket of a token's caller; none for SYSTEM callers, which are never limited. */
    public static Optional<LimitKey> of(Caller caller) {
        if (caller.roles().contains(Role.SYSTEM)) {
            return Optional.empty();
        }
        if (caller.roles().contains(Role.SUPPORT)) {
            return Optional.of(new LimitKey(PREFIX + "{support:" + caller.subject() + "}", Tier.SUPPORT));
        }
        return Optional.of(new LimitKey(PREFIX + "{caller:" + caller.subject() + "}", Tier.CALLER));
    }

    /** The bucket of the payment callback for one client address. */
    public static LimitKey ofCallback(String clientAddress) {
        return new LimitKey(PREFIX + "{callback:" + clientAddress + "}", Tier.CALLBACK);
    }
}
