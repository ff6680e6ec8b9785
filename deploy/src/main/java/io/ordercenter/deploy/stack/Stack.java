package io.ordercenter.deploy.stack;

import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.StackState;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The servers of one stack: started together, stopped in reverse, reachable through a small control
 * API on loopback. One launcher per home directory (a file lock says so).
 */
public final class Stack implements AutoCloseable {

    /** Work done once every server of a stack runs, before it counts as up (e.g. creating topics). */
    @FunctionalInterface
    interface AfterStart {
        void run() throws Exception;
    }

    private final StackSettings settings;
    private final Map<String, ManagedServer> servers = new LinkedHashMap<>();
    private final AfterStart afterStart;
    private final List<AppProcess> apps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private FileChannel lockChannel;
    private FileLock lock;
    private ControlServer control;
    private RedisCluster redisCluster;

    /** The local run: one server of each kind. */
    public Stack(StackSettings settings) {
        this(
                settings,
                settings.runtime() == ServerRuntime.CONTAINERS
                        ? ContainerServers.of(settings)
                        : List.of(
                                new MariaDbServer(settings),
                                new RedisNode(settings),
                                new KafkaBroker(settings),
                                new ElasticsearchNode(settings)),
                () -> {});
    }

    Stack(StackSettings settings, List<ManagedServer> chosen, AfterStart afterStart) {
        this.settings = settings;
        this.afterStart = afterStart;
        for (ManagedServer server : chosen) {
            servers.put(server.name(), server);
        }
    }

    public StackSettings settings() {
        return settings;
    }

    /** Starts every server in parallel and returns once all are healthy; prints each one's start-up time. */
    public void start() throws Exception {
        Files.createDirectories(settings.home());
        lockHome();
        StackState.delete(settings.home());
        if (settings.fresh()) {
            for (ManagedServer server : servers.values()) {
                deleteRecursively(settings.dir(server.name()).resolve("data"));
                if (server instanceof RedisNode) {
                    deleteRecursively(settings.dir(server.name())); // its append-only file is in its folder
                }
            }
            deleteRecursively(settings.dir("redis"));
        }
        control = new ControlServer(this, settings.bindHost(), settings.controlPort());
        long begin = System.nanoTime();
        for (ManagedServer server : servers.values()) {
            server.prepare();
        }
        System.out.printf(
                "[stack] binaries unpacked and data dirs set up in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        try {
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (ManagedServer server : servers.values()) {
                starts.add(CompletableFuture.runAsync(() -> timed(server), pool));
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdown();
        }
        try {
            afterStart.run();
        } catch (Exception e) {
            close();
            throw e;
        }
        System.out.printf("[stack] all servers up in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        new StackState(ProcessHandle.current().pid(), control.port(), settings.watchPid(), endpoints())
                .write(settings.home());
    }

    private void timed(ManagedServer server) {
        long begin = System.nanoTime();
        try {
            server.start();
        } catch (Exception e) {
            throw new CompletionException(
                    new IllegalStateException(server.name() + " did not start: " + e.getMessage(), e));
        }
        System.out.printf(
                "[stack] %-13s up in %5.1f s  %s%n",
                server.name(), (System.nanoTime() - begin) / 1e9, server.address());
    }

    /** Starts one of our own processes (simulator or service) after the servers, and waits for its health. */
    public void startApp(AppProcess app) throws Exception {
        long begin = System.nanoTime();
        apps.add(app); // listed (and stopped with the stack) while it starts, not only once it is up
        try {
            app.start();
        } catch (Exception | Error e) {
            apps.remove(app);
            throw e;
        }
        System.out.printf(
                "[stack] %-13s up in %5.1f s  %s%n", app.name(), (System.nanoTime() - begin) / 1e9, app.url());
    }

    public boolean hasApp(String name) {
        return apps.stream().anyMatch(app -> app.name().equals(name));
    }

    public StackEndpoints endpoints() {
        return new StackEndpoints(
                settings.bindHost(),
                settings.mariadbPort(),
                MariaDbServer.USER,
                MariaDbServer.PASSWORD,
                settings.databases(),
                settings.bindHost(),
                settings.redisPort(),
                settings.bindHost() + ":" + settings.kafkaPort(),
                "http://" + settings.bindHost() + ":" + settings.elasticsearchPort());
    }

    /**
     * The Redis Cluster that integration tests ask for on demand, beside the single Redis node every
     * other test uses: started on free ports under {@code <home>/redis-cluster} the first time, the
     * same one afterwards (as it is: a node a fault test stopped stays stopped). Stopped with the stack.
     */
    synchronized RedisCluster redisCluster() throws Exception {
        if (closed.get()) {
            throw new IllegalStateException("the stack is stopping");
        }
        if (redisCluster == null) {
            Path dir = settings.dir("redis-cluster");
            deleteRecursively(dir);
            RedisCluster cluster = new RedisCluster(settings.bindHost(), dir, RedisCluster.freePorts());
            long begin = System.nanoTime();
            cluster.start();
            redisCluster = cluster;
            System.out.printf(
                    "[stack] %-13s up in %5.1f s  %s%n",
                    cluster.name(), (System.nanoTime() - begin) / 1e9, cluster.address());
        }
        return redisCluster;
    }

    /** The on-demand Redis Cluster if a test asked for it. */
    synchronized java.util.Optional<RedisCluster> startedRedisCluster() {
        return java.util.Optional.ofNullable(redisCluster);
    }

    /** The server with this role (database, redis, kafka, elasticsearch) or name (mariadb-0, kafka-2, ...). */
    ManagedServer server(String roleOrName) {
        ManagedServer byName = servers.get(roleOrName);
        if (byName != null) {
            return byName;
        }
        List<ManagedServer> byRole = servers.values().stream()
                .filter(s -> s.role().equals(roleOrName))
                .toList();
        if (byRole.size() != 1) {
            throw new IllegalArgumentException((byRole.isEmpty() ? "no server " : "more than one server for ")
                    + roleOrName + "; known: " + servers.keySet());
        }
        return byRole.get(0);
    }

    /** Stops, kills (SIGKILL) or starts one process of the stack, server or our own, by its name. */
    void control(String name, String action) throws Exception {
        Optional<AppProcess> app =
                apps.stream().filter(a -> a.name().equals(name)).findFirst();
        if (app.isPresent()) {
            switch (action) {
                case "stop" -> app.get().stop();
                case "kill" -> app.get().kill();
                case "start" -> {
                    if (!app.get().isRunning()) {
                        app.get().start();
                    }
                }
                default -> throw new IllegalArgumentException("unknown action " + action + ": stop, kill or start");
            }
            return;
        }
        ManagedServer server = servers.containsKey(name) ? servers.get(name) : clusterNode(name);
        if (server == null) {
            List<String> known = new ArrayList<>(servers.keySet());
            apps.forEach(a -> known.add(a.name()));
            throw new IllegalArgumentException("no process " + name + "; known: " + known);
        }
        switch (action) {
            case "stop" -> server.stop();
            case "kill" -> server.kill();
            case "start" -> server.start();
            default -> throw new IllegalArgumentException("unknown action " + action + ": stop, kill or start");
        }
    }

    /** The port of the control API (once started). */
    public int controlPort() {
        return control.port();
    }

    /** A node of a Redis Cluster that is one of the stack's servers (the cluster run's), by name. */
    private ManagedServer clusterNode(String name) {
        return servers.values().stream()
                .filter(s -> s instanceof RedisCluster)
                .flatMap(s -> ((RedisCluster) s).nodes().stream())
                .filter(n -> n.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** Every process of the stack, servers first, in start order. */
    public List<ProcessStatus> status() {
        List<ProcessStatus> status = new ArrayList<>();
        servers.values().stream()
                .flatMap(server -> server instanceof RedisCluster cluster
                        ? cluster.nodes().stream().map(ManagedServer.class::cast)
                        : java.util.stream.Stream.of(server))
                .forEach(server -> status.add(ProcessStatus.of(
                        server.name(), "server", server.isRunning(), server.pid(), server.rootPid(), server.port())));
        startedRedisCluster().ifPresent(cluster -> cluster.nodes()
                .forEach(node -> status.add(
                        ProcessStatus.of(node.name(), "server", node.isRunning(), node.pid(), node.port()))));
        apps.forEach(
                app -> status.add(ProcessStatus.of(app.name(), "service", app.isRunning(), app.pid(), app.port())));
        return status;
    }

    /** Stops our processes first, then the servers in reverse start order. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).stop();
        }
        synchronized (this) {
            if (redisCluster != null) {
                try {
                    redisCluster.close();
                } catch (Exception e) {
                    System.out.printf("[stack] redis-cluster did not stop cleanly: %s%n", e.getMessage());
                }
            }
        }
        List<ManagedServer> reverse = new ArrayList<>(servers.values());
        java.util.Collections.reverse(reverse);
        for (ManagedServer server : reverse) {
            try {
                server.close();
            } catch (Exception e) {
                System.out.printf("[stack] %s did not stop cleanly: %s%n", server.name(), e.getMessage());
            }
        }
        try {
            StackState.delete(settings.home());
        } catch (Exception ignored) {
            // the state file is also checked against the launcher's liveness
        }
        if (control != null) {
            control.stop();
        }
        releaseHome();
        System.out.println("[stack] stopped");
    }

    public boolean isClosed() {
        return closed.get();
    }

    private void lockHome() throws Exception {
        lockChannel = FileChannel.open(
                settings.home().resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException(
                    "another launcher runs a stack from " + settings.home() + " (stop it with: ./ordercenter down)");
        }
    }

    private void releaseHome() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (Exception ignored) {
            // the lock dies with the process anyway
        }
    }

    static void deleteRecursively(Path path) throws java.io.IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
