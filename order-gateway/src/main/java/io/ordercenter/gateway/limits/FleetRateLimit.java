package io.ordercenter.gateway.limits;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.gateway.routing.PublicPaths;
import io.ordercenter.platform.security.Callers;
import io.ordercenter.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request with {@code 429 RATE_LIMITED} (problem+json, {@code Retry-After}) when its
 * caller has spent its tokens, counted across every gateway instance ({@link RedisBuckets}). Runs
 * after authentication: the caller is the token's subject, the payment callback is counted per
 * client address, SUPPORT has its own limit and SYSTEM none ({@link LimitKey}).
 */
public final class FleetRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FleetRateLimit.class);
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final RedisBuckets buckets;
    private final ProblemWriter problems;
    private volatile long lastWarning;

    public FleetRateLimit(RedisBuckets buckets, ProblemWriter problems) {
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicPaths.isApi(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LimitKey> key = keyOf(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RedisBuckets.Verdict verdict;
        try {
            verdict = buckets.take(key.get());
        } catch (RuntimeException e) {
            warnUnlimited(e);
            chain.doFilter(request, response);
            return;
        }
        if (verdict.allowed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(verdict.remaining()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(
                response, ErrorCode.RATE_LIMITED, "Too many requests from this caller; retry in " + seconds + " s.");
    }

    static Optional<LimitKey> keyOf(HttpServletRequest request) {
        if (PublicPaths.isPaymentCallback(request.getRequestURI())) {
            return Optional.of(LimitKey.ofCallback(request.getRemoteAddr()));
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return LimitKey.of(Callers.from(jwt));
        }
        return Optional.empty();
    }

    private void warnUnlimited(RuntimeException e) {
        long now = System.nanoTime();
        if (now - lastWarning > WARN_EVERY_NANOS) {
            lastWarning = now;
            log.warn("rate limits not enforced: Redis cannot be asked ({})", e.toString());
        }
    }
}
