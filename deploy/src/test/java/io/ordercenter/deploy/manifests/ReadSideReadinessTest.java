package io.ordercenter.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The read side stays in service when MariaDB is down: order-query's readiness group (every profile) names
 * no database indicator, and the Kubernetes readiness probe asks exactly that group.
 */
class ReadSideReadinessTest {

    @TempDir
    Path work;

    @Test
    void order_query_readiness_group_does_not_include_the_database_in_any_profile() {
        List<String> includes = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(
                Repository.root().resolve("order-query/src/main/resources"), "application*.yml")) {
            for (Path file : files) {
                for (Object document :
                        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
                    Object include =
                            path(document, "management", "endpoint", "health", "group", "readiness", "include");
                    if (include != null) {
                        includes.add(file.getFileName() + ": " + include);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(includes).isNotEmpty().noneMatch(i -> i.matches(".*\\b(db|dataSource|shardingSphere)\\b.*"));
    }

    @Test
    void order_query_pods_are_ready_by_the_readiness_group_and_live_by_liveness() {
        Map<String, Object> container = Kustomize.render("overlays/local", work).stream()
                .filter(o -> "Deployment".equals(o.get("kind")))
                .filter(o -> "order-query"
                        .equals(ManifestEnvironment.map(o.get("metadata")).get("name")))
                .map(o -> ManifestEnvironment.map(ManifestEnvironment.list(
                                ManifestEnvironment.map(ManifestEnvironment.map(ManifestEnvironment.map(o.get("spec"))
                                                        .get("template"))
                                                .get("spec"))
                                        .get("containers"))
                        .get(0)))
                .findFirst()
                .orElseThrow();
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
    }

    private static Object path(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = ManifestEnvironment.map(current).get(key);
            if (current == null) {
                return null;
            }
        }
        return current;
    }
}
