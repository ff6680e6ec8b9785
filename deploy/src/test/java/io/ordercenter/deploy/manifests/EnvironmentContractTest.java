package io.ordercenter.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The one list of environment variables ({@code deploy/ENVIRONMENT.md}) against what every process reads and
 * what the Kubernetes manifests (the local overlay, rendered) and the compose file set, per process. A failure
 * lists every difference, one a line.
 */
class EnvironmentContractTest {

    @TempDir
    Path work;

    @Test
    void every_variable_a_process_reads_is_in_the_list_and_the_list_names_only_what_is_read() {
        EnvironmentList list = EnvironmentList.read(Repository.deploy("ENVIRONMENT.md"));
        List<String> differences = new ArrayList<>();
        for (String module : new TreeSet<>(EnvironmentList.PROCESSES.values())) {
            Path dir = Repository.root().resolve(module);
            Set<String> listed = list.readBy(module);
            if (!Files.isDirectory(dir)) {
                differences.add(module + ": no such module, but the list says it reads " + listed);
                continue;
            }
            Map<String, Set<String>> reads = ProcessReads.of(dir);
            reads.forEach((variable, files) -> {
                if (!listed.contains(variable)) {
                    differences.add(module + " reads " + variable + " (" + String.join(", ", files) + ")"
                            + (list.readers().containsKey(variable)
                                    ? ", but the list does not name it as a reader"
                                    : ", which is not in the list"));
                }
            });
            listed.stream()
                    .filter(v -> !reads.containsKey(v))
                    .forEach(v -> differences.add("the list says " + module + " reads " + v + ", but it does not"));
        }
        // a library module reading a variable would hide it from the per-process view above
        for (String library : List.of("order-platform", "order-contracts", "sharding-config")) {
            ProcessReads.of(Repository.root().resolve(library))
                    .forEach((v, files) -> differences.add(library + " (a library) reads " + v + " in " + files
                            + ": read it in the services' own configuration instead"));
        }
        assertNoDifferences("what the processes read", differences);
    }

    @Test
    void the_kubernetes_manifests_give_each_process_exactly_the_variables_it_reads() {
        EnvironmentList list = EnvironmentList.read(Repository.deploy("ENVIRONMENT.md"));
        List<String> differences = new ArrayList<>();
        Map<String, Set<String>> set =
                ManifestEnvironment.kubernetes(Kustomize.render("overlays/local", work), differences);
        compare("kubernetes (overlays/local)", list, set, differences);
        assertNoDifferences("the Kubernetes manifests", differences);
    }

    @Test
    void the_compose_file_gives_each_process_exactly_the_variables_it_reads() {
        EnvironmentList list = EnvironmentList.read(Repository.deploy("ENVIRONMENT.md"));
        List<String> differences = new ArrayList<>();
        Map<String, Set<String>> set = ManifestEnvironment.compose(composeFile(), differences);
        compare("compose", list, set, differences);
        assertNoDifferences("the compose file", differences);
    }

    @Test
    void secrets_come_only_from_the_secret_store_never_from_a_committed_value() {
        EnvironmentList list = EnvironmentList.read(Repository.deploy("ENVIRONMENT.md"));
        assertThat(list.secrets())
                .contains(
                        "OC_MYSQL_PASSWORD",
                        "OC_PAYMENT_CALLBACK_SECRET",
                        "OC_CURSOR_SECRET",
                        "OC_ASYNC_CLIENT_SECRET");
        List<String> problems = new ArrayList<>();
        ManifestEnvironment.map(composeFile().get("services")).forEach((service, spec) -> ManifestEnvironment.map(
                        ManifestEnvironment.map(spec).get("environment"))
                .forEach((name, value) -> {
                    if (list.secrets().contains(name) && !("@secret:" + name).equals(value)) {
                        problems.add("compose: " + service + " sets " + name + " to a value, not @secret:" + name);
                    }
                }));
        for (Map<String, Object> object : Kustomize.render("overlays/local", work)) {
            Map<String, Object> podSpec = ManifestEnvironment.map(ManifestEnvironment.map(
                            ManifestEnvironment.map(object.get("spec")).get("template"))
                    .get("spec"));
            for (Object container : ManifestEnvironment.list(podSpec.get("containers"))) {
                for (Object e : ManifestEnvironment.list(
                        ManifestEnvironment.map(container).get("env"))) {
                    Map<String, Object> variable = ManifestEnvironment.map(e);
                    boolean fromSecret =
                            ManifestEnvironment.map(variable.get("valueFrom")).containsKey("secretKeyRef");
                    if (list.secrets().contains(variable.get("name")) && !fromSecret) {
                        problems.add("kubernetes: "
                                + ManifestEnvironment.map(object.get("metadata"))
                                        .get("name") + " sets " + variable.get("name") + " other than from a Secret");
                    }
                }
            }
        }
        assertNoDifferences("where the secrets come from", problems);
    }

    @Test
    void a_reader_the_list_does_not_know_is_refused() {
        assertThatThrownBy(() -> EnvironmentList.parse("| `OC_X` | trade, billing | x | |\n"))
                .hasMessageContaining("OC_X is read by 'billing'");
    }

    @Test
    void the_table_is_read_row_by_row_with_its_readers() {
        EnvironmentList list = EnvironmentList.parse(
                """
                | variable | read by | meaning | example |
                |---|---|---|---|
                | `OC_A` | trade, gateway | a | `1` |
                | `OC_B` | query | b | |
                """);
        assertThat(list.readers()).containsOnlyKeys("OC_A", "OC_B");
        assertThat(list.readBy("order-gateway")).containsExactly("OC_A");
        assertThat(list.readBy("order-query")).containsExactly("OC_B");
    }

    @Test
    void a_manifest_that_sets_an_unread_variable_or_misses_a_read_one_is_reported_per_process() {
        EnvironmentList list = EnvironmentList.parse("| `OC_A` | trade | a | |\n| `OC_B` | trade, query | b | |\n");
        List<String> differences = new ArrayList<>();
        compare(
                "compose",
                list,
                Map.of("order-trade", Set.of("OC_A", "OC_C"), "order-query", Set.of("OC_B")),
                differences);
        assertThat(differences)
                .contains(
                        "compose: order-trade sets OC_C, which it does not read (per the list)",
                        "compose: order-trade does not set OC_B, which it reads",
                        "compose: no container/service order-async")
                .hasSize(5);
    }

    /** Per process: the manifests' variables against the list's; a process without a container is a difference. */
    private static void compare(
            String where, EnvironmentList list, Map<String, Set<String>> set, List<String> differences) {
        for (String module : new TreeSet<>(EnvironmentList.PROCESSES.values())) {
            Set<String> expected = list.deployedFor(module);
            if (!set.containsKey(module)) {
                differences.add(where + ": no container/service " + module
                        + (expected.isEmpty() ? "" : ", which reads " + expected));
                continue;
            }
            Set<String> actual = set.get(module);
            actual.stream()
                    .filter(v -> v.startsWith("OC_") && list.runsOnly().contains(v))
                    .forEach(v -> differences.add(
                            where + ": " + module + " sets " + v + ", which only our one-machine runs may set"));
            actual.stream()
                    .filter(v -> v.startsWith("OC_")
                            && !expected.contains(v)
                            && !list.runsOnly().contains(v))
                    .forEach(v -> differences.add(
                            where + ": " + module + " sets " + v + ", which it does not read (per the list)"));
            expected.stream()
                    .filter(v -> !actual.contains(v))
                    .forEach(v -> differences.add(where + ": " + module + " does not set " + v + ", which it reads"));
        }
    }

    private static Map<String, Object> composeFile() {
        try {
            String text = Files.readString(Repository.deploy("docker/docker-compose.yml"));
            return ManifestEnvironment.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoDifferences(String what, List<String> differences) {
        if (!differences.isEmpty()) {
            fail(what + " and deploy/ENVIRONMENT.md differ (" + differences.size() + "):\n  "
                    + String.join("\n  ", differences));
        }
    }
}
