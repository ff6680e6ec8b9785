package io.ordercenter.cluster;

import io.ordercenter.deploy.stack.ProcessStatus;
import io.ordercenter.deploy.testkit.StackState;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cluster run started for the tests as its own launcher process ({@code LocalStack up --cluster
 * --ports auto --fresh}), from the jars the build made; it watches this JVM and stops with it.
 */
final class ClusterRun implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofMinutes(9);
    /** The unpaid timeout of the test run: short enough that a test sees orders time out. */
    static final Duration UNPAID_TIMEOUT = Duration.ofSeconds(40);

    private static ClusterRun shared;
    private static final String SUMMARY = "Order Center cluster is ";

    private final Path home;
    private final Path log;
    private final Process launcher;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int controlPort;
    private String summary;

    private ClusterRun(Path home, Process launcher) {
        this.home = home;
        this.log = home.resolve("launcher.log");
        this.launcher = launcher;
    }

    /**
     * The one cluster run of this test JVM, started on first use and shared by every IT class of the
     * module (a start takes minutes); it stops with the JVM (the launcher watches its pid). A test that
     * stops or kills a process starts it again before it ends.
     */
    static synchronized ClusterRun shared() throws IOException, InterruptedException {
        if (shared == null) {
            long begin = System.nanoTime();
            shared = start(Path.of("..").toAbsolutePath().normalize());
            System.out.printf(
                    "cluster run started in %.0f s: %s%n", (System.nanoTime() - begin) / 1e9, shared.summary());
        }
        return shared;
    }

    /** Starts the cluster and returns once the launcher has printed its summary (all processes tried). */
    static ClusterRun start(Path repo) throws IOException, InterruptedException {
        Path dist = repo.resolve("deploy/target/stack");
        if (!Files.isDirectory(dist.resolve("lib"))) {
            throw new IllegalStateException("no launcher in " + dist + ": build the deploy module first");
        }
        Path home = repo.resolve("cluster-tests/target/cluster-run");
        Files.createDirectories(home.resolve("tmp"));
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-D" + io.ordercenter.deploy.cluster.ClusterEnvironment.UNPAID_TIMEOUT_PROPERTY + "="
                        + UNPAID_TIMEOUT.toSeconds() + "s",
                "-Dlogback.configurationFile=logback-stack.xml",
                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                "-cp",
                dist.resolve("lib") + "/*",
                "io.ordercenter.deploy.LocalStack",
                "up",
                "--cluster",
                "--ports",
                "auto",
                "--fresh",
                "--home",
                home.toString(),
                "--dist",
                dist.toString(),
                "--watch-pid",
                Long.toString(ProcessHandle.current().pid())));
        Files.deleteIfExists(home.resolve("launcher.log"));
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("launcher.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        ClusterRun run = new ClusterRun(home, launcher);
        run.awaitSummary();
        return run;
    }

    private void awaitSummary() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = Files.exists(log)
                    ? Files.readAllLines(log).stream()
                            .filter(l -> l.startsWith(SUMMARY))
                            .findFirst()
                    : Optional.empty();
            if (line.isPresent()) {
                summary = line.get();
                controlPort = StackState.read(home)
                        .orElseThrow(() -> new IllegalStateException("no stack state in " + home))
                        .controlPort();
                return;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the cluster run did not start:\n" + tail());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the cluster run did not start within " + START_TIMEOUT + ":\n" + tail());
    }

    /** The launcher's summary headline: "... is up" or "... is INCOMPLETE: ... did not start". */
    String summary() {
        return summary;
    }

    Path home() {
        return home;
    }

    /** The processes as {@code GET /status} lists them, by name. */
    Map<String, ProcessStatus> status() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(control("/status"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /status answered " + response.statusCode());
        }
        Map<String, ProcessStatus> all = new LinkedHashMap<>();
        response.body()
                .lines()
                .filter(ProcessStatus::isProcessLine)
                .map(ProcessStatus::parse)
                .forEach(p -> all.put(p.name(), p));
        return all;
    }

    /** {@code POST /processes/{name}/{action}}; fails unless it answers 200. */
    void control(String name, String action) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(control("/processes/" + name + "/" + action))
                        .timeout(Duration.ofMinutes(3))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    action + " " + name + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** {@code http://127.0.0.1:<port>} of a process, by its name. */
    String url(String name) throws IOException, InterruptedException {
        ProcessStatus process = status().get(name);
        if (process == null) {
            throw new IllegalStateException("the cluster run has no process " + name);
        }
        return "http://127.0.0.1:" + process.port();
    }

    String tail() throws IOException {
        if (!Files.exists(log)) {
            return "(no launcher log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private URI control(String path) {
        return URI.create("http://127.0.0.1:" + controlPort + path);
    }

    /** Stops the whole cluster (POST /shutdown) and waits for the launcher to end. */
    @Override
    public void close() throws Exception {
        try {
            if (controlPort > 0) {
                http.send(
                        HttpRequest.newBuilder(control("/shutdown"))
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            } else {
                launcher.destroy();
            }
        } finally {
            if (!launcher.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
                launcher.destroyForcibly();
            }
        }
    }
}
