package io.ordercenter.sim.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a call: a status, extra headers and a body that is written as JSON ({@code null}: no
 * body).
 */
public record Reply(int status, Map<String, String> headers, Object body) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply ok(Object body) {
        return new Reply(200, Map.of(), body);
    }

    public static Reply accepted(Object body) {
        return new Reply(202, Map.of(), body);
    }

    public static Reply noContent() {
        return new Reply(204, Map.of(), null);
    }

    /** An error answer {@code {code, ...details}}; details are name/value pairs. */
    public static Reply error(int status, String code, Object... details) {
        Object[] fields = new Object[details.length + 2];
        fields[0] = "code";
        fields[1] = code;
        System.arraycopy(details, 0, fields, 2, details.length);
        return new Reply(status, Map.of(), Json.object(fields));
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, body);
    }
}
