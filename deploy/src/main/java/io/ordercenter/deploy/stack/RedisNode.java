package io.ordercenter.deploy.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/**
 * Redis from the embedded-redis artifact (a bundled 6.2 binary). Bound to loopback, persisted with an
 * append-only file under {@code <home>/redis} (the precomputed user stats live here), no RDB dumps.
 */
final class RedisNode implements ManagedServer {

    /**
     * Settings beyond address, directory and "no RDB dumps"; the container runtime passes the same
     * ones. Only keys with a TTL (cache entries) may be evicted; stats and markers never are.
     */
    static final Map<String, String> SETTINGS = Map.of(
            "appendonly", "yes",
            "appendfsync", "everysec",
            "maxmemory", "512mb",
            "maxmemory-policy", "volatile-lru");

    private final StackSettings settings;
    private final String name;
    private final int port;
    private final Path dir;
    private RedisServer server;

    RedisNode(StackSettings settings) {
        this(settings, "redis", settings.redisPort());
    }

    /** A standalone server named {@code name} (also its folder under the home) on {@code port}. */
    RedisNode(StackSettings settings, String name, int port) {
        this.settings = settings;
        this.name = name;
        this.port = port;
        this.dir = settings.dir(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return settings.bindHost() + ":" + port;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public OptionalLong pid() {
        return ChildProcess.fromPidFile(dir.resolve("redis.pid"), settings.bindHost() + ":" + port)
                .map(h -> OptionalLong.of(h.pid()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public synchronized void prepare() throws Exception {
        if (server != null) {
            return;
        }
        Files.createDirectories(dir);
        RedisServerBuilder builder = RedisServer.newRedisServer()
                .port(port)
                .bind(settings.bindHost())
                .setting("dir " + dir.toAbsolutePath())
                .setting("save \"\"")
                .setting("pidfile " + dir.resolve("redis.pid").toAbsolutePath());
        SETTINGS.forEach((key, value) -> builder.setting(key + " " + value));
        server = builder.build(); // extracts the redis-server binary
    }

    @Override
    public synchronized void start() throws Exception {
        if (isRunning()) {
            return;
        }
        prepare();
        Files.createDirectories(dir);
        server.start();
        Ports.await(name, Duration.ofSeconds(20), () -> Ports.isOpen(settings.bindHost(), port));
    }

    @Override
    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        Ports.await(
                name + " to close its port", Duration.ofSeconds(20), () -> !Ports.isOpen(settings.bindHost(), port));
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && Ports.isOpen(settings.bindHost(), port);
    }
}
