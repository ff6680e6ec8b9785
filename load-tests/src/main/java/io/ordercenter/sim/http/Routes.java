package io.ordercenter.sim.http;

import io.ordercenter.sim.fault.Dependency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The route table every feature adds its endpoints to. */
public final class Routes {

    private final Map<String, Route> byId = new LinkedHashMap<>();

    /** An endpoint of a simulated dependency: counted, and subject to that dependency's faults. */
    public Routes service(Dependency dependency, Method method, String path, Handler handler) {
        return add(new Route(method, new PathTemplate(path), Optional.of(dependency), handler));
    }

    /** An endpoint of the control API ({@code /sim/**}): never counted, never faulted. */
    public Routes control(Method method, String path, Handler handler) {
        return add(new Route(method, new PathTemplate(path), Optional.empty(), handler));
    }

    private Routes add(Route route) {
        if (byId.putIfAbsent(route.id(), route) != null) {
            throw new IllegalStateException("two routes for " + route.id());
        }
        return this;
    }

    public Optional<Route> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Route> all() {
        return new ArrayList<>(byId.values());
    }
}
