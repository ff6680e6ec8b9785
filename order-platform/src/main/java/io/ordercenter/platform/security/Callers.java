package io.ordercenter.platform.security;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.Role;
import io.ordercenter.contracts.failure.NonTransient;
import java.util.Collection;
import java.util.EnumSet;
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

    /** The caller a validated token names; {@code roles} may be a JSON array or a space/comma separated string. */
    public static Caller from(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object claim = jwt.getClaims().get("roles");
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        } else if (claim instanceof String value) {
            for (String part : value.split("[ ,]+")) {
                for (Role role : Role.values()) {
                    if (role.name().equals(part)) {
                        roles.add(role);
                    }
                }
            }
        }
        Object shop = jwt.getClaims().get("shop_id");
        return new Caller(jwt.getSubject(), roles, Optional.ofNullable(shop).map(String::valueOf));
    }
}
