package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.testkit.StackEndpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the real stack in-process (free ports, a home under target/), writes into every server,
 * restarts the stack and reads the same data back; and checks nothing listens beyond loopback.
 */
class LocalStackIT {

    private static final Path HOME = Path.of("target/it-local-stack").toAbsolutePath();
    private static final Path DIST = Path.of("target/stack").toAbsolutePath();
    private static StackSettings settings;
    private static Stack stack;

    @BeforeAll
    static void startFresh() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        settings = LocalStackSettings.auto(HOME, DIST, true, -1);
        stack = new Stack(settings);
        stack.start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void every_server_keeps_its_data_across_a_restart_and_listens_on_loopback_only() throws Exception {
        String marker = UUID.randomUUID().toString();
        StackEndpoints endpoints = stack.endpoints();
        assertLoopbackOnly();

        ServerData.writeEverywhere(endpoints, marker);

        stack.close();
        stack = new Stack(settings.keepingData());
        stack.start();

        ServerData.assertEverywhere(endpoints, marker);
        assertLoopbackOnly();
    }

    @Test
    void a_stopped_server_can_be_started_again_on_its_port() throws Exception {
        ManagedServer redis = stack.server("redis");
        redis.stop();
        assertThat(Ports.isOpen(settings.bindHost(), settings.redisPort())).isFalse();
        redis.start();
        assertThat(redis.isRunning()).isTrue();
    }

    /** Every listening TCP socket of the stack's processes is bound to a loopback address. */
    private static void assertLoopbackOnly() throws IOException {
        Set<String> inodes = new HashSet<>();
        List<ProcessHandle> processes =
                new ArrayList<>(ProcessHandle.current().descendants().toList());
        processes.add(ProcessHandle.current());
        for (ProcessHandle process : processes) {
            Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
            if (!Files.isDirectory(fds)) {
                continue;
            }
            try (Stream<Path> links = Files.list(fds)) {
                links.forEach(link -> {
                    try {
                        String target = Files.readSymbolicLink(link).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException ignored) {
                        // the descriptor closed meanwhile
                    }
                });
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))
                    .subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] f = line.trim().split("\\s+");
                if ("0A".equals(f[3]) && inodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        // ports of mariadb, redis, kafka (2) and elasticsearch (2), at the least
        assertThat(listening).hasSizeGreaterThanOrEqualTo(6);
        assertThat(listening).allSatisfy(address -> assertThat(isLoopback(address))
                .as("listening on %s", address)
                .isTrue());
    }

    /** /proc/net hex addresses: 0100007F:port (IPv4) or the v4-mapped / ::1 forms in tcp6. */
    private static boolean isLoopback(String hexAddress) {
        String host = hexAddress.substring(0, hexAddress.indexOf(':'));
        return host.equals("0100007F")
                || host.equals("0000000000000000FFFF00000100007F")
                || host.equals("00000000000000000000000001000000");
    }
}
