package io.ordercenter.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A small java.net.http client for the simulator, as a service under test would call it. */
final class SimClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    SimClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An answer: status, raw body, the body as JSON (a missing node when empty), and how long it took. */
    record Answer(int status, String body, JsonNode json, HttpResponse<String> raw, Duration elapsed) {

        String text(String field) {
            return json.path(field).asString();
        }
    }

    Answer get(String path) {
        return send(request(path).GET(), Duration.ofSeconds(10));
    }

    Answer post(String path, String json) {
        return send(request(path).POST(body(json)), Duration.ofSeconds(10));
    }

    Answer post(String path, String json, Duration timeout) {
        return send(request(path).POST(body(json)), timeout);
    }

    Answer put(String path, String json) {
        return send(request(path).PUT(body(json)), Duration.ofSeconds(10));
    }

    Answer delete(String path) {
        return send(request(path).DELETE(), Duration.ofSeconds(10));
    }

    CompletableFuture<Answer> postAsync(String path, String json) {
        long start = System.nanoTime();
        return http.sendAsync(
                        request(path)
                                .POST(body(json))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> answer(response, Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Sends and waits; an {@link java.net.http.HttpTimeoutException} surfaces as-is (wrapped unchecked). */
    Answer send(HttpRequest.Builder request, Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            return answer(response, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private static Answer answer(HttpResponse<String> response, Duration elapsed) {
        String body = response.body();
        JsonNode json = body == null || body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
        return new Answer(response.statusCode(), body, json, response, elapsed);
    }
}
