package io.ordercenter.async.platform.http;

import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * One HTTP dependency behind its own guard (bulkhead, time limit, circuit breaker). A 5xx, a 429, a
 * timeout or an I/O error is {@link Transient} (it counts against the circuit breaker and is retried
 * by the caller); any other answer, including 4xx business answers, comes back as an {@link
 * HttpAnswer} for the caller to judge.
 */
public final class HttpDependency {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {};

    private final String name;
    private final RestClient client;
    private final DependencyGuard guard;

    public HttpDependency(String name, RestClient client, DependencyGuard guard) {
        this.name = name;
        this.client = client;
        this.guard = guard;
    }

    public String name() {
        return name;
    }

    /** {@code POST path} with a JSON body (or none), and the given bearer token (or none). */
    public HttpAnswer post(String path, Object body, Supplier<String> bearer) {
        return guard.call(() -> {
            RestClient.RequestBodySpec request =
                    client.post().uri(path).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            if (bearer != null) {
                request = request.headers(h -> h.setBearerAuth(bearer.get()));
            }
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.exchange((req, response) -> {
                int status = response.getStatusCode().value();
                if (status == 429 || status >= 500) {
                    throw Transient.dependencyUnavailable(name, new IOException(name + " answered " + status));
                }
                Map<String, Object> json = null;
                MediaType type = response.getHeaders().getContentType();
                if (type != null && type.getSubtype().endsWith("json")) {
                    try {
                        json = response.bodyTo(JSON_OBJECT);
                    } catch (RuntimeException unreadable) {
                        json = null;
                    }
                }
                return new HttpAnswer(status, json);
            });
        });
    }
}
