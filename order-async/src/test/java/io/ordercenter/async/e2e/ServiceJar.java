package io.ordercenter.async.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.Poll;
import io.ordercenter.deploy.testkit.StackEndpoints;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of our services started from its built jar ({@code ../<module>/target/<module>.jar}) as its
 * own process, as in production: on loopback, test profile, configured through the environment.
 */
final class ServiceJar implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;

    private ServiceJar(Process process) {
        this.process = process;
    }

    /** The endpoints of the shared test stack as the services' environment variables. */
    static Map<String, String> stackEnvironment(StackEndpoints e) {
        Map<String, String> env = new HashMap<>();
        env.put("OC_MYSQL_SHARDS", e.mysqlShards());
        env.put("OC_MYSQL_USER", e.mysqlUser());
        env.put("OC_MYSQL_PASSWORD", e.mysqlPassword());
        env.put("OC_KAFKA_BOOTSTRAP", e.kafkaBootstrap());
        env.put("OC_REDIS_NODES", e.redisHost() + ":" + e.redisPort());
        env.put("OC_REDIS_CLUSTER", "false");
        env.put("OC_ELASTICSEARCH_URLS", e.elasticsearchUrl());
        return env;
    }

    /** Starts {@code module}'s jar on {@code port} and returns once its health answers 200. */
    static ServiceJar start(String module, int port, Map<String, String> environment) throws Exception {
        Path jar = Path.of("../" + module + "/target/" + module + ".jar")
                .toAbsolutePath()
                .normalize();
        assertThat(jar)
                .as(module + " must be packaged before order-async's integration tests")
                .exists();
        Path log = Path.of("target/e2e-" + module + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=test",
                        "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        ServiceJar service = new ServiceJar(process);
        try {
            Poll.until(Duration.ofMinutes(3), module + " to start (log: " + log + ")", () -> {
                assertThat(process.isAlive()).as(module + " exited, see " + log).isTrue();
                try {
                    return HTTP.send(
                                            HttpRequest.newBuilder(
                                                            URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                                    .timeout(Duration.ofSeconds(5))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                } catch (Exception notYet) {
                    return false;
                }
            });
        } catch (RuntimeException | Error e) {
            service.close();
            throw e;
        }
        return service;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
