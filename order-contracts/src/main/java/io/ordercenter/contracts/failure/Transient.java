package io.ordercenter.contracts.failure;

import io.ordercenter.contracts.ErrorCode;
import java.time.Duration;

/** A dependency is slow, down or shedding load: the same request may succeed later. */
public final class Transient extends OrderCenterFailure {

    private final Duration retryAfter;

    public Transient(ErrorCode code, String detail, Duration retryAfter, Throwable cause) {
        super(code, detail, cause);
        this.retryAfter = retryAfter;
    }

    public static Transient dependencyUnavailable(String dependency, Throwable cause) {
        return new Transient(
                ErrorCode.DEPENDENCY_UNAVAILABLE,
                "The " + dependency + " service is unavailable; try again shortly.",
                Duration.ofSeconds(5),
                cause);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
