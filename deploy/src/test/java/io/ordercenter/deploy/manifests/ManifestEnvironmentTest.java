package io.ordercenter.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ManifestEnvironmentTest {

    @Test
    void a_container_gets_its_env_and_every_key_of_its_env_from_objects_and_missing_references_are_reported() {
        List<Map<String, Object>> objects = yamlAll(
                """
                apiVersion: v1
                kind: ConfigMap
                metadata: { name: endpoints, namespace: oc }
                data: { OC_A: a, OC_B: b }
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: order-trade, namespace: oc }
                spec:
                  template:
                    spec:
                      containers:
                        - name: order-trade
                          envFrom: [{ configMapRef: { name: endpoints } }]
                          env:
                            - { name: OC_C, value: "1" }
                            - name: OC_D
                              valueFrom: { secretKeyRef: { name: missing, key: OC_D } }
                        - name: sidecar
                          env: [{ name: OC_E, value: "2" }]
                """);
        List<String> problems = new ArrayList<>();
        Map<String, ?> set = ManifestEnvironment.kubernetes(objects, problems);

        assertThat(set).containsOnlyKeys("order-trade");
        assertThat(ManifestEnvironment.kubernetes(objects, new ArrayList<>()).get("order-trade"))
                .containsExactlyInAnyOrder("OC_A", "OC_B", "OC_C", "OC_D");
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "kubernetes: Deployment/order-trade takes OC_D from secretKeyRef missing/OC_D, which the render"
                                + " does not contain in namespace oc",
                        "kubernetes: Deployment/order-trade container sidecar sets OC_E, but it is no process of"
                                + " ENVIRONMENT.md");
    }

    @Test
    void a_compose_service_gets_its_environment_in_map_or_list_form() {
        Map<String, Object> file = ManifestEnvironment.map(
                new Yaml(new SafeConstructor(new LoaderOptions()))
                        .load(
                                """
                        services:
                          order-query: { environment: { OC_A: x } }
                          order-async: { environment: ["OC_B=y", "OC_C"] }
                          helper: { environment: { OC_D: z } }
                        """));
        List<String> problems = new ArrayList<>();
        assertThat(ManifestEnvironment.compose(file, problems))
                .containsEntry("order-query", Set.of("OC_A"))
                .containsEntry("order-async", Set.of("OC_B", "OC_C"))
                .doesNotContainKey("helper");
        assertThat(problems)
                .containsExactly("compose: service helper sets OC_D, but it is no process of ENVIRONMENT.md");
    }

    private static List<Map<String, Object>> yamlAll(String text) {
        List<Map<String, Object>> objects = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(text)
                .forEach(d -> objects.add(ManifestEnvironment.map(d)));
        return objects;
    }
}
