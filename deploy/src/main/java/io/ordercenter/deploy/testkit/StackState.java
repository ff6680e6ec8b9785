package io.ordercenter.deploy.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code stack.properties} file a running launcher keeps in its home: its pid, its control port
 * and the endpoints of its servers. Written atomically once every server is healthy.
 */
public record StackState(long launcherPid, int controlPort, long watchPid, StackEndpoints endpoints) {

    public static final String FILE_NAME = "stack.properties";

    public static Optional<StackState> read(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(fromProperties(p));
    }

    public static StackState fromProperties(Properties p) {
        StackEndpoints endpoints = new StackEndpoints(
                p.getProperty("mysql.host"),
                Integer.parseInt(p.getProperty("mysql.port")),
                p.getProperty("mysql.user"),
                p.getProperty("mysql.password", ""),
                Arrays.asList(p.getProperty("mysql.databases").split(",")),
                p.getProperty("redis.host"),
                Integer.parseInt(p.getProperty("redis.port")),
                p.getProperty("kafka.bootstrap"),
                p.getProperty("elasticsearch.url"));
        return new StackState(
                Long.parseLong(p.getProperty("launcher.pid", "-1")),
                Integer.parseInt(p.getProperty("control.port", "-1")),
                Long.parseLong(p.getProperty("watch.pid", "-1")),
                endpoints);
    }

    public void write(Path home) throws IOException {
        StackEndpoints e = endpoints;
        Properties p = new Properties();
        p.setProperty("launcher.pid", Long.toString(launcherPid));
        p.setProperty("control.port", Integer.toString(controlPort));
        p.setProperty("watch.pid", Long.toString(watchPid));
        p.setProperty("mysql.host", e.mysqlHost());
        p.setProperty("mysql.port", Integer.toString(e.mysqlPort()));
        p.setProperty("mysql.user", e.mysqlUser());
        p.setProperty("mysql.password", e.mysqlPassword());
        p.setProperty("mysql.databases", String.join(",", e.databases()));
        p.setProperty("redis.host", e.redisHost());
        p.setProperty("redis.port", Integer.toString(e.redisPort()));
        p.setProperty("kafka.bootstrap", e.kafkaBootstrap());
        p.setProperty("elasticsearch.url", e.elasticsearchUrl());
        Path tmp = home.resolve(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "endpoints of the running Order Center stack");
        }
        Files.move(tmp, home.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void delete(Path home) throws IOException {
        Files.deleteIfExists(home.resolve(FILE_NAME));
    }

    /** True while the launcher that wrote this file still runs. */
    public boolean launcherAlive() {
        return ProcessHandle.of(launcherPid).map(ProcessHandle::isAlive).orElse(false);
    }
}
