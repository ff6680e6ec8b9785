package io.ordercenter.gateway.it;

import io.ordercenter.deploy.DevTokens;
import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.gateway.GatewayApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One gateway instance started in the test JVM (profile test) against given upstreams and the stack's Redis. */
final class Gateway implements AutoCloseable {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ConfigurableApplicationContext context;
    private final int port;

    private Gateway(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** {@code settings}: property name to value, on top of the upstream URLs and Redis. */
    static Gateway start(List<Backend> trade, List<Backend> query, List<Backend> async, Map<String, String> settings) {
        StackEndpoints stack = TestStack.endpoints();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--ordercenter.gateway.upstreams.trade=" + urls(trade),
                "--ordercenter.gateway.upstreams.query=" + urls(query),
                "--ordercenter.gateway.upstreams.async=" + urls(async),
                "--ordercenter.redis.nodes=" + stack.redisHost() + ":" + stack.redisPort(),
                "--ordercenter.redis.cluster=false"));
        settings.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new Gateway(new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new)));
    }

    private static String urls(List<Backend> backends) {
        return String.join(",", backends.stream().map(Backend::url).toList());
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    }

    static String token(String subject, String role) {
        return DevTokens.mint(subject, List.of(role), null, Duration.ofHours(1));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String token) {
        return send(
                request(path).header("Authorization", "Bearer " + token).GET().build());
    }

    HttpResponse<String> post(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    @Override
    public void close() {
        context.close();
    }
}
