package io.ordercenter.deploy.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One {@code redis-server} of a {@link RedisCluster}, named {@code redis-1}..{@code redis-6}: its own
 * process (so a fault test can stop it, SIGKILL it and start it again), its own config file, data and
 * {@code nodes.conf} under {@code <cluster dir>/data/<name>}.
 */
public final class RedisClusterNode implements ManagedServer {

    /**
     * A primary is declared failed after this long without an answer and its replica takes over about
     * a second later: short, so that fault tests see a failover within seconds.
     */
    static final Duration NODE_TIMEOUT = Duration.ofSeconds(3);

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final String host;
    private final int port;
    private final Path dataDir;
    private final Path configFile;
    private final Supplier<Path> binary;
    private final ChildProcess process;

    RedisClusterNode(String name, String host, int port, Path clusterDir, Supplier<Path> binary) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.dataDir = clusterDir.resolve("data").resolve(name);
        this.configFile = clusterDir.resolve("conf").resolve(name + ".conf");
        this.binary = binary;
        this.process = new ChildProcess(name, clusterDir.resolve("run"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return host + ":" + port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Writes the config file (every start: a changed setting applies on the next start). */
    @Override
    public void prepare() throws Exception {
        Files.createDirectories(dataDir);
        Files.createDirectories(configFile.getParent());
        StringBuilder config = new StringBuilder();
        settings()
                .forEach((key, value) ->
                        config.append(key).append(' ').append(value).append('\n'));
        Files.writeString(configFile, config.toString());
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bind", host);
        settings.put("port", Integer.toString(port));
        settings.put("dir", dataDir.toAbsolutePath().toString());
        settings.put("daemonize", "no");
        settings.put("save", "\"\"");
        settings.put("cluster-enabled", "yes");
        settings.put("cluster-config-file", "nodes.conf");
        settings.put("cluster-node-timeout", Long.toString(NODE_TIMEOUT.toMillis()));
        // a replica takes over however long it was cut off from its primary: better stale than down
        settings.put("cluster-replica-validity-factor", "0");
        settings.putAll(RedisNode.SETTINGS);
        settings.put("maxmemory", "256mb");
        return settings;
    }

    /**
     * Starts the process and returns once it answers and its view of the cluster is
     * {@code cluster_state:ok} (a node of a cluster that is not formed yet only has to answer).
     */
    @Override
    public synchronized void start() throws Exception {
        launch();
        if (Files.exists(dataDir.resolve("nodes.conf")) && RedisClusterAdmin.knowsOthers(this)) {
            awaitClusterOk(START_TIMEOUT);
        }
    }

    /** Starts the process (a no-op when it runs) and waits until it answers {@code PING}. */
    synchronized void launch() throws Exception {
        if (isRunning()) {
            return;
        }
        prepare();
        process.start(
                List.of(binary.get().toString(), configFile.toAbsolutePath().toString()), dataDir, Map.of());
        Ports.await(name + " to answer PING", START_TIMEOUT, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + process.logFile());
            }
            return ServerProbes.redisAnswers(host, port);
        });
    }

    void awaitClusterOk(Duration timeout) {
        try {
            Ports.await(name + " to see cluster_state:ok", timeout, () -> RedisClusterAdmin.clusterOk(this));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    name + " runs but its cluster is not ok (are the other nodes of its shard down?): "
                            + e.getMessage(),
                    e);
        }
    }

    /** SIGTERM; Redis shuts down cleanly. Data and cluster membership stay. */
    @Override
    public synchronized void stop() {
        process.stop(Duration.ofSeconds(20));
        Ports.await(name + " to close its port", Duration.ofSeconds(20), () -> !Ports.isOpen(host, port));
    }

    /** SIGKILL: the node crashes; the cluster notices after the node timeout and fails its slots over. */
    public synchronized void kill() {
        process.kill();
        Ports.await(name + " to close its port", Duration.ofSeconds(20), () -> !Ports.isOpen(host, port));
    }

    @Override
    public synchronized boolean isRunning() {
        return process.isAlive() && Ports.isOpen(host, port);
    }

    @Override
    public java.util.OptionalLong pid() {
        return process.pid();
    }
}
