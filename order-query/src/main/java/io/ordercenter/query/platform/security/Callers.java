package io.ordercenter.query.platform.security;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.Role;
import io.ordercenter.contracts.failure.NonTransient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns the validated token of the current request into a {@link Caller}. */
public final class Callers {

    private Callers() {}

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new NonTransient(ErrorCode.UNAUTHENTICATED, "A bearer token is required.");
        }
        return from(jwt);
    }

    /** {@code roles} may be a JSON array or a space/comma separated string; unknown roles are ignored. */
    static Caller from(Jwt jwt) {
        List<String> names = new ArrayList<>();
        Object claim = jwt.getClaims().get("roles");
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> names.add(String.valueOf(value)));
        } else if (claim instanceof String value) {
            names.addAll(List.of(value.split("[ ,]+")));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names.contains(role.name())) {
                roles.add(role);
            }
        }
        Object shop = jwt.getClaims().get("shop_id");
        return new Caller(jwt.getSubject(), roles, Optional.ofNullable(shop).map(String::valueOf));
    }
}
