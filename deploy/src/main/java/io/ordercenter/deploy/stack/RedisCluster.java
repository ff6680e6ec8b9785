package io.ordercenter.deploy.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import redis.embedded.core.ExecutableProvider;

/**
 * A Redis Cluster on loopback: six {@code redis-server} processes from the embedded-redis binary
 * ({@code redis-1}..{@code redis-3} start as the primaries of the three slot ranges,
 * {@code redis-4}..{@code redis-6} as their replicas), formed by our own code with CLUSTER MEET,
 * ADDSLOTS and REPLICATE. Data, config, logs and {@code nodes.conf} live under one directory, so a
 * restart keeps the cluster (its nodes find each other from {@code nodes.conf}); each node is a
 * {@link RedisClusterNode} that can be stopped, killed and started alone.
 *
 * <p>The cluster bus of each node listens on its port + 10000 (Redis 6.2 has no {@code cluster-port}).
 */
public final class RedisCluster implements ManagedServer {

    public static final int PRIMARIES = 3;
    public static final int NODES = 2 * PRIMARIES;

    private static final int SLOTS = 16384;
    private static final int BUS_OFFSET = 10000;
    private static final Duration FORM_TIMEOUT = Duration.ofSeconds(60);

    private final String host;
    private final Path dir;
    private final List<RedisClusterNode> nodes;
    private Path binary;

    /**
     * @param host the loopback address every node binds to
     * @param dir the cluster's home: {@code bin/}, {@code conf/}, {@code data/<node>/}, {@code run/}
     * @param ports the six client ports (each one + 10000 is its cluster bus port)
     */
    public RedisCluster(String host, Path dir, List<Integer> ports) {
        if (ports.size() != NODES) {
            throw new IllegalArgumentException("a Redis Cluster here has " + NODES + " nodes, not " + ports.size());
        }
        this.host = host;
        this.dir = dir;
        List<RedisClusterNode> list = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            list.add(new RedisClusterNode("redis-" + (i + 1), host, ports.get(i), dir, this::binary));
        }
        this.nodes = List.copyOf(list);
    }

    /** Six ports free on loopback right now whose bus ports (+10000) are free too. */
    public static List<Integer> freePorts() {
        Random random = new Random();
        List<Integer> ports = new ArrayList<>();
        for (int attempt = 0; attempt < 10_000 && ports.size() < NODES; attempt++) {
            int port = 20_000 + random.nextInt(30_000);
            if (!ports.contains(port) && !ports.contains(port + BUS_OFFSET) && free(port) && free(port + BUS_OFFSET)) {
                ports.add(port);
            }
        }
        if (ports.size() < NODES) {
            throw new IllegalStateException("no " + NODES + " free port pairs (port, port + 10000) on loopback");
        }
        return List.copyOf(ports);
    }

    private static boolean free(int port) {
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "redis-cluster";
    }

    /** The seed nodes, {@code host:port,host:port,…} (what {@code OC_REDIS_NODES} takes). */
    @Override
    public String address() {
        return String.join(",", seeds());
    }

    public List<String> seeds() {
        return nodes.stream().map(RedisClusterNode::address).toList();
    }

    public List<RedisClusterNode> nodes() {
        return nodes;
    }

    public RedisClusterNode node(String name) {
        return nodes.stream()
                .filter(node -> node.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Redis Cluster node " + name + "; known: "
                        + nodes.stream().map(RedisClusterNode::name).toList()));
    }

    /** Unpacks the redis-server binary (once per cluster directory) and writes every node's config. */
    @Override
    public synchronized void prepare() throws Exception {
        if (binary == null) {
            Path bin = dir.resolve("bin");
            Stack.deleteRecursively(bin);
            Files.createDirectories(bin);
            File file = ExecutableProvider.newJarResourceProvider(bin.toFile()).get();
            binary = file.toPath().toAbsolutePath();
        }
        for (RedisClusterNode node : nodes) {
            node.prepare();
        }
    }

    private synchronized Path binary() {
        if (binary == null) {
            throw new IllegalStateException("the Redis Cluster binary is not unpacked: call prepare() first");
        }
        return binary;
    }

    /**
     * Starts the nodes that do not run, forms the cluster if it never was (its data is new), and
     * returns once every node says {@code cluster_state:ok} and every primary has its replica.
     */
    @Override
    public void start() throws Exception {
        prepare();
        for (RedisClusterNode node : nodes) {
            node.launch();
        }
        int assigned = RedisClusterAdmin.slotsAssigned(nodes.get(0));
        if (assigned == 0) {
            form();
        } else if (assigned != SLOTS) {
            throw new IllegalStateException("the Redis Cluster in " + dir + " is half formed (" + assigned + " of "
                    + SLOTS + " slots assigned): delete " + dir.resolve("data") + " and start again");
        }
        for (RedisClusterNode node : nodes) {
            node.awaitClusterOk(FORM_TIMEOUT);
        }
        Ports.await("every Redis Cluster primary to have a connected replica", FORM_TIMEOUT, this::replicated);
    }

    private void form() {
        RedisClusterNode first = nodes.get(0);
        for (RedisClusterNode other : nodes.subList(1, NODES)) {
            RedisClusterAdmin.call(first, redis -> redis.clusterMeet(other.host(), other.port()));
        }
        Ports.await("every Redis Cluster node to know the other " + (NODES - 1), FORM_TIMEOUT, () -> nodes.stream()
                .allMatch(node -> RedisClusterAdmin.knownNodes(node) == NODES));
        for (int i = 0; i < PRIMARIES; i++) {
            int[] slots = IntStream.range(SLOTS * i / PRIMARIES, SLOTS * (i + 1) / PRIMARIES)
                    .toArray();
            RedisClusterAdmin.call(nodes.get(i), redis -> redis.clusterAddSlots(slots));
        }
        for (int i = 0; i < PRIMARIES; i++) {
            RedisClusterNode primary = nodes.get(i);
            RedisClusterNode replica = nodes.get(PRIMARIES + i);
            String primaryId = RedisClusterAdmin.call(primary, redis -> redis.clusterMyId());
            Ports.await(
                    replica.name() + " to know " + primary.name() + " as a primary",
                    FORM_TIMEOUT,
                    () -> RedisClusterAdmin.call(replica, redis -> redis.clusterNodes())
                            .lines()
                            .anyMatch(line -> line.startsWith(primaryId + " ") && line.contains("master")));
            RedisClusterAdmin.call(replica, redis -> redis.clusterReplicate(primaryId));
        }
    }

    /** Every node answers and every primary that owns slots has a replica whose link is up. */
    private boolean replicated() {
        try {
            String view = RedisClusterAdmin.call(nodes.get(0), redis -> redis.clusterNodes());
            List<String> lines = view.lines().filter(line -> !line.isBlank()).toList();
            long primaries = lines.stream()
                    .filter(line -> line.contains("master") && !line.contains("fail"))
                    .filter(line -> line.split(" ").length > 8)
                    .count();
            long replicas = lines.stream()
                    .filter(line -> line.contains("slave") && line.contains("connected") && !line.contains("fail"))
                    .count();
            return primaries == PRIMARIES && replicas == PRIMARIES;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Stops every node (replicas first, so that no failover starts while the primaries go). */
    @Override
    public void stop() {
        Stream.concat(nodes.subList(PRIMARIES, NODES).stream(), nodes.subList(0, PRIMARIES).stream())
                .forEach(RedisClusterNode::stop);
    }

    /** Every node runs (not necessarily a healthy cluster: see {@link RedisClusterNode#start()}). */
    @Override
    public boolean isRunning() {
        return nodes.stream().allMatch(RedisClusterNode::isRunning);
    }

    public String host() {
        return host;
    }
}
