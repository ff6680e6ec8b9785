package io.ordercenter.deploy.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of our own JVMs in the local run (the dependency simulator or a service), started from a copy
 * of the jar the build produced and considered up once its health URL answers 200.
 *
 * <p>The copy matters: a JVM loads classes from its jar lazily, so rebuilding a jar under a running
 * service makes its next first-time class load fail (seen as a request that never answers when a
 * circuit breaker recorded its first error). With a copy, rebuilding while the suite runs is safe.
 */
public final class AppProcess {

    private final String name;
    private final Path jar;
    private final int port;
    private final String healthPath;
    private final List<String> jvmArgs;
    private final List<String> args;
    private final Map<String, String> environment;
    private final Path runDir;
    private final boolean onlyGivenConfiguration;
    private final ChildProcess process;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public AppProcess(
            String name,
            Path jar,
            int port,
            String healthPath,
            List<String> jvmArgs,
            List<String> args,
            Map<String, String> environment,
            Path runDir) {
        this(name, jar, port, healthPath, jvmArgs, args, environment, runDir, false);
    }

    /**
     * With {@code onlyGivenConfiguration}, the process inherits no {@code OC_*} or {@code SPRING_*}
     * variable from the launcher's environment: what {@code environment} holds is all it is told
     * (the cluster run's instances are configured only through ENVIRONMENT.md's variables).
     */
    public AppProcess(
            String name,
            Path jar,
            int port,
            String healthPath,
            List<String> jvmArgs,
            List<String> args,
            Map<String, String> environment,
            Path runDir,
            boolean onlyGivenConfiguration) {
        this.onlyGivenConfiguration = onlyGivenConfiguration;
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.healthPath = healthPath;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.args = List.copyOf(args);
        this.environment = Map.copyOf(environment);
        this.runDir = runDir;
        this.process = new ChildProcess(name, runDir);
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    java.util.OptionalLong pid() {
        return process.pid();
    }

    /** SIGKILL, no shutdown hooks: a crashed instance, for fault tests. */
    void kill() {
        process.kill();
    }

    void start() throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        Files.createDirectories(runDir);
        Path running = runDir.resolve(name + ".jar");
        Files.copy(jar, running, StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(running.toAbsolutePath().toString());
        command.addAll(args);
        process.start(command, jar.getParent(), environment, onlyGivenConfiguration);
        try {
            Ports.await(name + " (log: " + process.logFile() + ")", Duration.ofSeconds(300), () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited during start-up, see " + process.logFile());
                }
                return healthy();
            });
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(10)); // not left running unwatched when it never became healthy
            throw e;
        }
    }

    boolean isRunning() {
        return process.isAlive() && healthy();
    }

    private boolean healthy() {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url() + healthPath))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean exists() {
        return Files.exists(jar);
    }

    void stop() {
        process.stop(Duration.ofSeconds(30));
    }
}
