package io.ordercenter.sim.http;

import io.ordercenter.sim.fault.Dependency;
import java.util.Optional;

/**
 * One endpoint: method, path template, the simulated dependency it belongs to (empty for the
 * control API, which faults never touch) and its handler.
 */
public record Route(Method method, PathTemplate path, Optional<Dependency> dependency, Handler handler) {

    /** A stable key, such as {@code "POST /inventory/reservations/{reservationId}/confirm"}. */
    public String id() {
        return method + " " + path.template();
    }
}
