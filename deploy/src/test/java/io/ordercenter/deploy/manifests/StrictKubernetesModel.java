package io.ordercenter.deploy.manifests;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Parses Kubernetes objects into fabric8's typed model (generated from the Kubernetes OpenAPI) and refuses
 * what the model does not know: a kind without a model, a value of the wrong type, and any field the model
 * lacks. fabric8 keeps unknown fields in each object's {@code additionalProperties} instead of failing, so
 * every object of the parsed tree is walked for them.
 */
final class StrictKubernetesModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictKubernetesModel() {}

    /** The problems of one object (as loaded from YAML), each with the object and the field's path. */
    static List<String> problems(Map<String, Object> object) {
        String name = object.get("kind") + "/"
                + ManifestEnvironment.map(object.get("metadata")).get("name");
        List<String> problems = new ArrayList<>();
        KubernetesResource parsed;
        try {
            parsed = SERIALIZATION.unmarshal(SERIALIZATION.asJson(object), KubernetesResource.class);
        } catch (RuntimeException e) {
            problems.add(name + ": not a valid " + object.get("apiVersion") + " " + object.get("kind") + ": "
                    + rootMessage(e));
            return problems;
        }
        if (parsed instanceof GenericKubernetesResource || !(parsed instanceof HasMetadata)) {
            problems.add(name + ": no Kubernetes model for apiVersion " + object.get("apiVersion") + " kind "
                    + object.get("kind"));
            return problems;
        }
        walk(parsed, "", name, problems);
        return problems;
    }

    private static void walk(Object node, String path, String name, List<String> problems) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", name, problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, name, problems));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class
                    || !getter.getName().startsWith("get")) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    unknown.keySet()
                            .forEach(field -> problems.add(
                                    name + ": unknown field " + (path.isEmpty() ? "" : path + ".") + field));
                }
                continue;
            }
            String property = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            walk(value, path.isEmpty() ? property : path + "." + property, name, problems);
        }
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
