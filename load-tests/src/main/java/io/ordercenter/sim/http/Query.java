package io.ordercenter.sim.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The decoded query string of a call. */
public final class Query {

    private final Map<String, List<String>> parameters;

    private Query(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    public static Query parse(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new Query(parameters);
    }

    /** The first value of {@code name}, empty when absent or blank. */
    public Optional<String> first(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.stream().filter(v -> !v.isBlank()).findFirst();
    }

    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed URL encoding: " + raw);
        }
    }
}
