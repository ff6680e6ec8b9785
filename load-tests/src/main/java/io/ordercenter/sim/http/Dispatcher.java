package io.ordercenter.sim.http;

import io.ordercenter.sim.fault.CallCounts;
import io.ordercenter.sim.fault.Dependency;
import io.ordercenter.sim.fault.Fault;
import io.ordercenter.sim.fault.Faults;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a route's handler with its dependency's faults applied: the call is counted, an injected error
 * answers 503 without the handler running (the dependency never saw the call), and the injected
 * latency delays the answer (the dependency did the work, the answer is late — the harder case for a
 * caller that times out and retries).
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Faults faults;
    private final CallCounts calls;

    public Dispatcher(Faults faults, CallCounts calls) {
        this.faults = faults;
        this.calls = calls;
    }

    /** The reply, and how long to hold it back before sending. */
    public record Outcome(Reply reply, int delayMillis) {}

    public Outcome dispatch(Route route, Call call) {
        if (route.dependency().isEmpty()) {
            return new Outcome(invoke(route, call), 0);
        }
        Dependency dependency = route.dependency().get();
        calls.increment(dependency);
        Fault fault = faults.of(dependency);
        Reply reply = fault.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < fault.errorRate()
                ? Reply.error(503, "DEPENDENCY_UNAVAILABLE", "dependency", dependency.key())
                        .withHeader("Retry-After", "1")
                : invoke(route, call);
        return new Outcome(reply, fault.latencyMillis());
    }

    private static Reply invoke(Route route, Call call) {
        try {
            return route.handler().handle(call);
        } catch (BadRequest e) {
            return Reply.error(400, "VALIDATION_FAILED", "detail", e.getMessage());
        } catch (RuntimeException e) {
            log.error("{} failed", route.id(), e);
            return Reply.error(500, "SIMULATOR_ERROR", "detail", "the simulator failed; see its log");
        }
    }
}
