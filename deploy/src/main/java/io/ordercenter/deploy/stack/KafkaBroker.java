package io.ordercenter.deploy.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Kafka in KRaft mode (broker and controller in one node) as its own JVM, from the {@code kafka_2.13}
 * jars the build copies to {@code deploy/target/stack/kafka}. The local run has one such node; the
 * cluster run three, forming one three-voter quorum ({@link ClusterServers}).
 *
 * <p>The log dirs are formatted once; a restart reuses the cluster id in {@code meta.properties}.
 * After start the launcher creates the topics ({@link KafkaTopics}): a single node does so itself, a
 * cluster once all its nodes run.
 */
final class KafkaBroker implements ManagedServer {

    /** Broker settings beyond listeners and storage; the container runtime passes the same ones. */
    static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("num.partitions", "3"),
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "10"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("log.retention.hours", "168"),
            Map.entry("log.segment.bytes", "67108864"));

    /** Heap of the single local node. */
    static final List<String> HEAP = List.of("-Xms256m", "-Xmx768m");

    private final StackSettings settings;
    private final Node node;
    private final Path dir;
    private final ChildProcess process;

    /**
     * Where one node of a quorum listens and how it runs.
     *
     * @param name its name in logs, the control API and its folder under the home
     * @param id its {@code node.id}
     * @param port its client (PLAINTEXT) port
     * @param controllerPort its controller port
     * @param voters {@code controller.quorum.voters} of the whole quorum
     * @param clusterId the cluster id its storage is formatted with (the same on every node), or null
     *     for a new random one
     * @param settings broker settings beyond listeners and storage
     * @param heap its JVM heap options
     * @param createsTopics whether its start creates the topics (a single node) or leaves that to the
     *     cluster
     */
    record Node(
            String name,
            int id,
            int port,
            int controllerPort,
            String voters,
            String clusterId,
            Map<String, String> settings,
            List<String> heap,
            boolean createsTopics) {}

    KafkaBroker(StackSettings settings) {
        this(
                settings,
                new Node(
                        "kafka",
                        1,
                        settings.kafkaPort(),
                        settings.kafkaControllerPort(),
                        "1@" + settings.bindHost() + ":" + settings.kafkaControllerPort(),
                        null,
                        SETTINGS,
                        HEAP,
                        true));
    }

    KafkaBroker(StackSettings settings, Node node) {
        this.settings = settings;
        this.node = node;
        this.dir = settings.dir(node.name());
        this.process = new ChildProcess(node.name(), dir);
    }

    @Override
    public String name() {
        return node.name();
    }

    @Override
    public String address() {
        return settings.bindHost() + ":" + node.port();
    }

    @Override
    public int port() {
        return node.port();
    }

    @Override
    public OptionalLong pid() {
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
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path config = writeConfig(data);
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(config, data);
        }
        writeLogConfig();
        List<String> command = java("kafka.Kafka", config.toString());
        process.start(command, dir, Map.of());
        Ports.await(
                node.name() + " (log: " + process.logFile() + ")",
                Duration.ofSeconds(120),
                () -> failIfDead() && Ports.isOpen(settings.bindHost(), node.port()));
        if (node.createsTopics()) {
            KafkaTopics.createAndAwait(address(), Duration.ofSeconds(60));
        }
    }

    private boolean failIfDead() {
        if (!process.isAlive()) {
            throw new IllegalStateException(node.name() + " exited during start-up, see " + process.logFile());
        }
        return true;
    }

    private Path writeConfig(Path data) throws IOException {
        String host = settings.bindHost();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(node.id()));
        p.setProperty("controller.quorum.voters", node.voters());
        p.setProperty(
                "listeners",
                "PLAINTEXT://" + host + ":" + node.port() + ",CONTROLLER://" + host + ":" + node.controllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + node.port());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", data.toAbsolutePath().toString());
        node.settings().forEach(p::setProperty);
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            p.store(out, "written by the Order Center launcher at every start");
        }
        return config;
    }

    private void writeLogConfig() throws IOException {
        Files.writeString(
                dir.resolve("log4j2.properties"),
                String.join(
                        "\n",
                        "status = warn",
                        "appender.out.type = Console",
                        "appender.out.name = OUT",
                        "appender.out.layout.type = PatternLayout",
                        "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                        "rootLogger.level = info",
                        "rootLogger.appenderRef.out.ref = OUT",
                        "logger.request.name = kafka.request.logger",
                        "logger.request.level = warn",
                        ""));
    }

    private void format(Path config, Path data) throws IOException, InterruptedException {
        String clusterId =
                node.clusterId() != null ? node.clusterId() : Uuid.randomUuid().toString();
        List<String> command = java("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString());
        Process format = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream in = format.getInputStream()) {
            output = new String(in.readAllBytes());
        }
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting kafka storage in " + data + " failed:\n" + output);
        }
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(node.heap());
        command.addAll(List.of(
                "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=20",
                "-Djava.awt.headless=true",
                "-Dkafka.logs.dir=" + dir.resolve("logs"),
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp",
                settings.dist().resolve("kafka").toAbsolutePath() + "/*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    @Override
    public synchronized void stop() {
        process.stop(Duration.ofSeconds(30));
        Ports.await(
                node.name() + " to close its port",
                Duration.ofSeconds(30),
                () -> !Ports.isOpen(settings.bindHost(), node.port()));
    }

    @Override
    public synchronized boolean isRunning() {
        return process.isAlive() && Ports.isOpen(settings.bindHost(), node.port());
    }
}
