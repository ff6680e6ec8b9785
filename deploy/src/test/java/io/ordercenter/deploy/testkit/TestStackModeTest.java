package io.ordercenter.deploy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStackModeTest {

    @TempDir
    Path home;

    @Test
    void auto_means_containers_where_a_docker_engine_answers_and_embedded_elsewhere() {
        assertThat(TestStack.resolve("auto", () -> true)).isEqualTo("containers");
        assertThat(TestStack.resolve("auto", () -> false)).isEqualTo("embedded");
    }

    @Test
    void a_mode_asked_for_by_name_is_taken_without_asking_docker() {
        AtomicInteger asked = new AtomicInteger();
        for (String mode : new String[] {"embedded", "containers", "external"}) {
            assertThat(TestStack.resolve(mode, () -> asked.incrementAndGet() > 0))
                    .isEqualTo(mode);
        }
        assertThat(asked).hasValue(0);
    }

    @Test
    void an_unknown_mode_is_refused_with_the_known_ones_named() {
        assertThatThrownBy(() -> TestStack.resolve("docker", () -> true))
                .hasMessageContaining("auto, embedded, containers, external");
    }

    @Test
    void docker_is_only_asked_when_an_engine_may_exist() throws Exception {
        assertThat(DockerEngine.mayExist(Map.of(), home)).isEqualTo(Files.exists(Path.of("/var/run/docker.sock")));
        assertThat(DockerEngine.mayExist(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), home))
                .isTrue();

        Files.writeString(home.resolve(".testcontainers.properties"), "docker.host=unix:///x.sock\n");
        assertThat(DockerEngine.mayExist(Map.of(), home)).isTrue();
    }

    @Test
    void a_rootless_docker_socket_under_the_runtime_dir_counts() throws Exception {
        Path runtime = Files.createDirectories(home.resolve("run"));
        Files.createFile(runtime.resolve("docker.sock"));

        assertThat(DockerEngine.mayExist(Map.of("XDG_RUNTIME_DIR", runtime.toString()), home.resolve("elsewhere")))
                .isTrue();
    }
}
