package io.ordercenter.deploy.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers here, for {@code ordercenter.stack=auto}.
 *
 * <p>Testcontainers' own check tries every way it knows to reach an engine and logs each failure at
 * ERROR; on machines without Docker (the common case for this project) that costs time and buries
 * the test output. So it is only asked when something says an engine may exist: {@code DOCKER_HOST},
 * a Testcontainers configuration file, or a Docker socket in one of its usual places.
 */
final class DockerEngine {

    private DockerEngine() {}

    static boolean answers() {
        return mayExist(System.getenv(), Path.of(System.getProperty("user.home")))
                && DockerClientFactory.instance().isDockerAvailable();
    }

    static boolean mayExist(Map<String, String> env, Path userHome) {
        if (env.containsKey("DOCKER_HOST")) {
            return true;
        }
        List<Path> candidates = new ArrayList<>(List.of(
                userHome.resolve(".testcontainers.properties"),
                Path.of("/var/run/docker.sock"),
                userHome.resolve(".docker/run/docker.sock"),
                userHome.resolve(".colima/default/docker.sock"),
                userHome.resolve(".rd/docker.sock")));
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null) {
            candidates.add(Path.of(runtimeDir, "docker.sock"));
            candidates.add(Path.of(runtimeDir, "podman/podman.sock"));
        }
        return candidates.stream().anyMatch(Files::exists);
    }
}
