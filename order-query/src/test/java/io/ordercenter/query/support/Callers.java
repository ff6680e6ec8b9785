package io.ordercenter.query.support;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.Role;
import java.util.Optional;
import java.util.Set;

/** Callers as their tokens describe them. */
public final class Callers {

    private Callers() {}

    public static Caller user(String id) {
        return new Caller(id, Set.of(Role.USER), Optional.empty());
    }

    public static Caller merchant(String id, String shopId) {
        return new Caller(id, Set.of(Role.MERCHANT), Optional.ofNullable(shopId));
    }

    public static Caller rider(String id) {
        return new Caller(id, Set.of(Role.RIDER), Optional.empty());
    }

    public static Caller support() {
        return new Caller("s-1", Set.of(Role.SUPPORT), Optional.empty());
    }
}
