package io.ordercenter.platform.ratelimit;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.Role;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.platform.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an API request with {@code 429 RATE_LIMITED} (problem+json, {@code Retry-After}) when its
 * caller has spent its tokens. Runs after authentication, keyed by the token's subject; requests
 * without a bearer token (the signed payment callback, health) and SYSTEM callers pass untouched.
 */
public final class CallerRateLimit implements HandlerInterceptor {

    private final TokenBuckets callers;
    private final TokenBuckets support;

    public CallerRateLimit(TokenBuckets callers, TokenBuckets support) {
        this.callers = callers;
        this.support = support;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return true;
        }
        Caller caller = Callers.from(jwt);
        if (caller.roles().contains(Role.SYSTEM)) {
            return true;
        }
        TokenBuckets buckets = caller.roles().contains(Role.SUPPORT) ? support : callers;
        Duration wait = buckets.take(caller.subject());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new Transient(
                    ErrorCode.RATE_LIMITED,
                    "Too many requests from this caller; retry in " + seconds + " s.",
                    Duration.ofSeconds(seconds),
                    null);
        }
        return true;
    }
}
