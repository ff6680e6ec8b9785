package io.ordercenter.sim.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path such as {@code /shops/{shopId}/skus}: literal segments and named variables, one per segment. */
public final class PathTemplate {

    private final String template;
    private final List<String> segments;

    public PathTemplate(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + template);
        }
        this.template = template;
        this.segments = split(template);
    }

    public String template() {
        return template;
    }

    /** The variables of {@code path}, or empty when the path does not have this template's shape. */
    public Optional<Map<String, String>> match(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String value = actual.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                variables.put(expected.substring(1, expected.length() - 1), Query.decode(value));
            } else if (!expected.equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    @Override
    public String toString() {
        return template;
    }
}
