package io.ordercenter.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Every object that the Kustomize base and the local overlay render is a valid Kubernetes object by the
 * typed model: known kind, right types, no field the API does not have. Plus what the deployment promises.
 */
class KubernetesManifestsSchemaTest {

    @TempDir
    Path work;

    @Test
    void every_object_of_the_base_and_the_local_overlay_fits_the_kubernetes_model() {
        List<String> problems = new ArrayList<>();
        for (String dir : List.of("base", "overlays/local")) {
            for (Map<String, Object> object : Kustomize.render(dir, work.resolve(dir.replace('/', '-')))) {
                StrictKubernetesModel.problems(object).forEach(p -> problems.add(dir + ": " + p));
            }
        }
        if (!problems.isEmpty()) {
            fail("the rendered Kubernetes objects do not fit the model:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void the_local_overlay_has_every_part_and_generates_its_secret() {
        List<Map<String, Object>> objects = Kustomize.render("overlays/local", work);
        List<String> kinds = objects.stream()
                .map(o -> o.get("kind") + "/"
                        + ManifestEnvironment.map(o.get("metadata")).get("name"))
                .toList();
        assertThat(kinds)
                .contains(
                        "Deployment/order-trade",
                        "Deployment/order-query",
                        "Deployment/order-async",
                        "Deployment/order-gateway",
                        "Deployment/order-identity",
                        "Ingress/order-center",
                        "Job/create-topics",
                        "NetworkPolicy/default-deny-ingress",
                        "PodDisruptionBudget/order-trade",
                        "PodDisruptionBudget/order-query",
                        "PodDisruptionBudget/order-async",
                        "PodDisruptionBudget/order-gateway",
                        "PersistentVolumeClaim/order-identity-keys");
        // one identity provider owns its key volume: a budget of one available pod would block node drains
        assertThat(kinds).doesNotContain("PodDisruptionBudget/order-identity");
        assertThat(kinds).anyMatch(k -> k.startsWith("Secret/order-center-secrets-"));
        assertThat(objects).allSatisfy(o -> assertThat(
                        ManifestEnvironment.map(o.get("metadata")).get("namespace"))
                .as(
                        "namespace of %s",
                        o.get("kind") + "/"
                                + ManifestEnvironment.map(o.get("metadata")).get("name"))
                .isIn("order-center", null));
        assertThat(objects.stream().filter(o -> !"Namespace".equals(o.get("kind"))))
                .allSatisfy(o -> assertThat(
                                ManifestEnvironment.map(o.get("metadata")).get("namespace"))
                        .isEqualTo("order-center"));
    }

    @Test
    void the_base_commits_no_secret() {
        List<Map<String, Object>> objects = Kustomize.render("base", work);
        assertThat(objects).noneMatch(o -> "Secret".equals(o.get("kind")));
    }

    @Test
    void the_topic_job_asks_for_replication_factor_three_and_min_insync_two() {
        Map<String, Object> config = Kustomize.render("overlays/local", work).stream()
                .filter(o -> "ConfigMap".equals(o.get("kind")))
                .map(o -> ManifestEnvironment.map(o.get("data")))
                .filter(d -> d.containsKey("TOPIC_REPLICATION_FACTOR"))
                .findFirst()
                .orElseThrow();
        assertThat(config)
                .containsEntry("TOPIC_REPLICATION_FACTOR", "3")
                .containsEntry("TOPIC_MIN_INSYNC_REPLICAS", "2");
    }

    @Test
    void a_misspelt_field_is_reported_with_its_path() {
        Map<String, Object> deployment = yaml(
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: d }
                spec:
                  replica: 2
                  selector: { matchLabels: { app: d } }
                  template:
                    metadata: { labels: { app: d } }
                    spec:
                      containers:
                        - name: c
                          image: i
                          readinessProbe: { httpGet: { path: /, port: 80 }, periodSecond: 5 }
                """);
        assertThat(StrictKubernetesModel.problems(deployment))
                .containsExactlyInAnyOrder(
                        "Deployment/d: unknown field spec.replica",
                        "Deployment/d: unknown field spec.template.spec.containers[0].readinessProbe.periodSecond");
    }

    @Test
    void a_value_of_the_wrong_type_and_an_unknown_kind_are_reported() {
        assertThat(StrictKubernetesModel.problems(yaml(
                        "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { replicas: two }\n")))
                .singleElement()
                .asString()
                .startsWith("Deployment/d: not a valid apps/v1 Deployment");
        assertThat(StrictKubernetesModel.problems(
                        yaml("apiVersion: apps/v1\nkind: Deploymnet\nmetadata: { name: d }\n")))
                .containsExactly("Deploymnet/d: no Kubernetes model for apiVersion apps/v1 kind Deploymnet");
    }

    private static Map<String, Object> yaml(String text) {
        return ManifestEnvironment.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
    }
}
