package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Ports;
import io.ordercenter.deploy.testkit.StackEndpoints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The containers runtime against a real Docker engine: every server answers, is published on
 * loopback only, survives a stop and start of its container with its data and port, and is removed
 * when the stack closes. Skipped where no Docker engine answers (the build machines of this
 * project); {@link LocalStackIT} covers the embedded runtime there.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerStackIT {

    private static final Path HOME = Path.of("target/it-container-stack").toAbsolutePath();
    private static Stack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = new Stack(LocalStackSettings.auto(HOME, Path.of("target/stack").toAbsolutePath(), true, -1)
                .withRuntime(ServerRuntime.CONTAINERS));
        stack.start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void every_server_is_published_on_loopback_only() {
        for (String role : List.of("database", "redis", "kafka", "elasticsearch")) {
            ContainerServer server = (ContainerServer) stack.server(role);
            Map<com.github.dockerjava.api.model.ExposedPort, Ports.Binding[]> bindings = docker().inspectContainerCmd(
                            server.container().getContainerId())
                    .exec()
                    .getNetworkSettings()
                    .getPorts()
                    .getBindings();
            List<String> hostIps = new ArrayList<>();
            bindings.values().forEach(list -> {
                if (list != null) {
                    for (Ports.Binding binding : list) {
                        hostIps.add(binding.getHostIp());
                    }
                }
            });
            assertThat(hostIps).as(role).isNotEmpty().containsOnly("127.0.0.1");
        }
    }

    @Test
    void data_and_ports_survive_stopping_and_starting_each_container() throws Exception {
        StackEndpoints endpoints = stack.endpoints();
        String marker = UUID.randomUUID().toString();
        ServerData.writeEverywhere(endpoints, marker);

        for (String role : List.of("database", "redis", "kafka", "elasticsearch")) {
            ManagedServer server = stack.server(role);
            server.stop();
            assertThat(server.isRunning()).as(role + " after stop").isFalse();
            server.start();
            assertThat(server.isRunning()).as(role + " after start").isTrue();
        }

        ServerData.assertEverywhere(endpoints, marker);
    }

    @Test
    void closing_a_server_removes_its_container() throws Exception {
        Stack other = new Stack(
                LocalStackSettings.auto(HOME.resolveSibling("it-container-stack-2"), Path.of("target/stack"), true, -1)
                        .withRuntime(ServerRuntime.CONTAINERS));
        ContainerServer redis = (ContainerServer) other.server("redis");
        redis.start();
        String id = redis.container().getContainerId();

        redis.close();

        assertThatThrownBy(() -> docker().inspectContainerCmd(id).exec()).isInstanceOf(NotFoundException.class);
    }

    private static DockerClient docker() {
        return DockerClientFactory.lazyClient();
    }
}
