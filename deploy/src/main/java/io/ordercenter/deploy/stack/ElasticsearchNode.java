package io.ordercenter.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Elasticsearch 8.19 from its {@code integ-test-zip} distribution on Maven Central (core modules
 * only: keyword + prefix queries, bulk, sorting and terms/sum aggregations all work).
 *
 * <p>Elasticsearch refuses to run as root, so when the launcher is root the node runs under an
 * unprivileged numeric uid ({@code setpriv}) over its own copy of the distribution. Health is read
 * from {@code /_cluster/health}: this distribution answers {@code GET /} with 405.
 */
final class ElasticsearchNode implements ManagedServer {

    static final String HEAP = "-Xms512m -Xmx512m -XX:-AlwaysPreTouch -XX:TieredStopAtLevel=1";

    /** Node settings beyond addresses and paths; the container runtime passes the same ones. */
    static final Map<String, String> SETTINGS = Map.of(
            "cluster.name", "ordercenter",
            "node.name", "local",
            "discovery.type", "single-node",
            "cluster.routing.allocation.disk.threshold_enabled", "false",
            // loopback only; without this the node auto-configures TLS and passwords at first start
            "xpack.security.enabled", "false");

    private final StackSettings settings;
    private final String name;
    private final int httpPort;
    private final int transportPort;
    private final Map<String, String> nodeSettings;
    private final Path dir;
    private final ChildProcess process;

    ElasticsearchNode(StackSettings settings) {
        this(settings, "elasticsearch", settings.elasticsearchPort(), settings.elasticsearchTransportPort(), SETTINGS);
    }

    /**
     * A node named {@code name} (also its folder under the home) on {@code httpPort} and
     * {@code transportPort}, with {@code nodeSettings} beyond addresses and paths (its cluster,
     * node name and discovery).
     */
    ElasticsearchNode(
            StackSettings settings, String name, int httpPort, int transportPort, Map<String, String> nodeSettings) {
        this.settings = settings;
        this.name = name;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.nodeSettings = Map.copyOf(nodeSettings);
        this.dir = settings.dir(name);
        this.process = new ChildProcess(name, dir);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return "http://" + settings.bindHost() + ":" + httpPort;
    }

    @Override
    public int port() {
        return httpPort;
    }

    /** The JVM of the node itself (the start script's child), else the script's own process. */
    @Override
    public OptionalLong pid() {
        OptionalLong script = process.pid();
        if (script.isEmpty()) {
            return script;
        }
        return ProcessHandle.of(script.getAsLong())
                .flatMap(h -> h.descendants()
                        .filter(d -> d.info().command().orElse("").endsWith("/java"))
                        .reduce((first, second) -> second))
                .map(h -> OptionalLong.of(h.pid()))
                .orElse(script);
    }

    @Override
    public OptionalLong rootPid() {
        return process.pid();
    }

    @Override
    public synchronized void kill() {
        process.kill();
    }

    @Override
    public synchronized void start() throws Exception {
        if (isRunning()) {
            return;
        }
        Path distribution = prepareDistribution();
        for (String sub : List.of("data", "logs", "tmp", "home")) {
            Files.createDirectories(dir.resolve(sub));
        }
        List<String> command = new ArrayList<>();
        boolean root = MariaDbServer.isRoot();
        if (root) {
            run(List.of(
                    "chown",
                    "-R",
                    settings.unprivilegedUid() + ":" + settings.unprivilegedUid(),
                    dir.resolve("data").toString(),
                    dir.resolve("logs").toString(),
                    dir.resolve("tmp").toString(),
                    dir.resolve("home").toString()));
            int uid = settings.unprivilegedUid();
            command.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
        }
        command.addAll(List.of(
                "bash",
                distribution.resolve("bin/elasticsearch").toString(),
                "-Enetwork.host=" + settings.bindHost(),
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + dir.resolve("data"),
                "-Epath.logs=" + dir.resolve("logs")));
        nodeSettings.forEach((key, value) -> command.add("-E" + key + "=" + value));
        Map<String, String> env = new HashMap<>();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_JAVA_OPTS", HEAP + " -Duser.home=" + dir.resolve("home"));
        env.put("ES_TMPDIR", dir.resolve("tmp").toString());
        env.put("HOME", dir.resolve("home").toString());
        process.start(command, dir, env);
        Ports.await(name + " (log: " + process.logFile() + ")", Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up, see " + process.logFile());
            }
            return healthy();
        });
    }

    /** The distribution the node runs from: the build's copy, or (as root) a copy the node's uid owns. */
    private Path prepareDistribution() throws IOException, InterruptedException {
        Path built;
        try (Stream<Path> entries = Files.list(settings.dist())) {
            built = entries.filter(p -> p.getFileName().toString().startsWith("elasticsearch-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no elasticsearch distribution under " + settings.dist() + ": run ./mvnw package first"));
        }
        Path copy = dir.resolve("dist").resolve(built.getFileName());
        if (!Files.exists(copy.resolve("bin/elasticsearch"))) {
            Files.createDirectories(copy.getParent());
            run(List.of("cp", "-a", built.toString(), copy.getParent().toString()));
        }
        if (MariaDbServer.isRoot()) {
            int uid = settings.unprivilegedUid();
            run(List.of("chown", "-R", uid + ":" + uid, copy.toString()));
        }
        return copy;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    boolean healthy() {
        return ServerProbes.elasticsearchHealthy(address());
    }

    @Override
    public synchronized void stop() {
        process.stop(Duration.ofSeconds(30));
        Ports.await(
                name + " to close its port",
                Duration.ofSeconds(30),
                () -> !Ports.isOpen(settings.bindHost(), httpPort));
    }

    @Override
    public synchronized boolean isRunning() {
        return process.isAlive() && Ports.isOpen(settings.bindHost(), httpPort);
    }
}
