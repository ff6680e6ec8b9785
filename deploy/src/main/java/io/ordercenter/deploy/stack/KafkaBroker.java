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
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Kafka in KRaft mode (one node, broker and controller) as its own JVM, from the {@code kafka_2.13}
 * jars the build copies to {@code deploy/target/stack/kafka}.
 *
 * <p>The log dirs are formatted once; a restart reuses the cluster id in {@code meta.properties}.
 * After start the launcher creates the topics ({@link KafkaTopics}).
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

    private final StackSettings settings;
    private final Path dir;
    private final ChildProcess process;

    KafkaBroker(StackSettings settings) {
        this.settings = settings;
        this.dir = settings.dir("kafka");
        this.process = new ChildProcess("kafka", dir);
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String address() {
        return settings.bindHost() + ":" + settings.kafkaPort();
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
                "kafka (log: " + process.logFile() + ")",
                Duration.ofSeconds(90),
                () -> failIfDead() && Ports.isOpen(settings.bindHost(), settings.kafkaPort()));
        KafkaTopics.createAndAwait(address(), Duration.ofSeconds(60));
    }

    private boolean failIfDead() {
        if (!process.isAlive()) {
            throw new IllegalStateException("kafka exited during start-up, see " + process.logFile());
        }
        return true;
    }

    private Path writeConfig(Path data) throws IOException {
        String host = settings.bindHost();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + host + ":" + settings.kafkaControllerPort());
        p.setProperty(
                "listeners",
                "PLAINTEXT://" + host + ":" + settings.kafkaPort() + ",CONTROLLER://" + host + ":"
                        + settings.kafkaControllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", data.toAbsolutePath().toString());
        SETTINGS.forEach(p::setProperty);
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
        String clusterId = Uuid.randomUuid().toString();
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
        command.addAll(List.of(
                "-Xms256m",
                "-Xmx768m",
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
                "kafka to close its port",
                Duration.ofSeconds(30),
                () -> !Ports.isOpen(settings.bindHost(), settings.kafkaPort()));
    }

    @Override
    public synchronized boolean isRunning() {
        return process.isAlive() && Ports.isOpen(settings.bindHost(), settings.kafkaPort());
    }
}
