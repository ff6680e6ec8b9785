package io.ordercenter.sim.http;

import java.util.Map;
import java.util.Optional;

/** One HTTP call as a handler sees it: path variables, query, body. */
public final class Call {

    private final Map<String, String> pathVariables;
    private final Query query;
    private final byte[] body;

    public Call(Map<String, String> pathVariables, Query query, byte[] body) {
        this.pathVariables = Map.copyOf(pathVariables);
        this.query = query;
        this.body = body == null ? new byte[0] : body;
    }

    /** A variable of the route's path template. */
    public String path(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no path variable " + name);
        }
        return value;
    }

    /** A numeric path variable; empty when it is not a number (such an id exists nowhere). */
    public Optional<Long> pathNumber(String name) {
        try {
            return Optional.of(Long.parseLong(path(name)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<String> query(String name) {
        return query.first(name);
    }

    /** The body as a JSON object; a {@link BadRequest} when there is none or it is not one. */
    public JsonBody json() {
        return JsonBody.parse(body);
    }
}
