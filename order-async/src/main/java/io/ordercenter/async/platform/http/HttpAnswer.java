package io.ordercenter.async.platform.http;

import java.util.Map;
import java.util.Optional;

/**
 * A dependency's answer that is not a failure of the dependency itself: a 2xx, or a 4xx business
 * answer (404, 409, 422, ...) with its JSON body (problem+json for errors).
 */
public record HttpAnswer(int status, Map<String, Object> body) {

    public HttpAnswer {
        body = body == null ? Map.of() : body;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** A text field of the body (e.g. problem+json's {@code code}). */
    public Optional<String> text(String field) {
        return Optional.ofNullable(body.get(field)).map(String::valueOf);
    }
}
