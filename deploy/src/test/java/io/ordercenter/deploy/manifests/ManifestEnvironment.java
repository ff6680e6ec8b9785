package io.ordercenter.deploy.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The environment variable names the deployment files give each process: in Kubernetes the container named
 * after the module ({@code env} and every key of the ConfigMaps and Secrets in its {@code envFrom}), in the
 * compose file the service named after the module ({@code environment}). Anything that cannot be resolved
 * (an {@code envFrom} naming an object the render lacks, an OC_ variable on a container that is no process of
 * the list) is a problem of its own.
 */
final class ManifestEnvironment {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "Pod");

    private ManifestEnvironment() {}

    /** Module → variables, from the objects of a rendered Kustomization; problems are added to {@code problems}. */
    static Map<String, Set<String>> kubernetes(List<Map<String, Object>> objects, List<String> problems) {
        Map<String, Map<String, Object>> configMaps = new TreeMap<>();
        Map<String, Map<String, Object>> secrets = new TreeMap<>();
        for (Map<String, Object> object : objects) {
            String kind = String.valueOf(object.get("kind"));
            String name =
                    qualified(object, String.valueOf(map(object.get("metadata")).get("name")));
            if (kind.equals("ConfigMap")) {
                configMaps.put(name, map(object.get("data")));
            } else if (kind.equals("Secret")) {
                Map<String, Object> keys = new TreeMap<>(map(object.get("data")));
                keys.putAll(map(object.get("stringData")));
                secrets.put(name, keys);
            }
        }
        Map<String, Set<String>> byModule = new TreeMap<>();
        for (Map<String, Object> object : objects) {
            String kind = String.valueOf(object.get("kind"));
            if (!WORKLOADS.contains(kind)) {
                continue;
            }
            String where = kind + "/" + map(object.get("metadata")).get("name");
            String namespace = namespace(object);
            Map<String, Object> podSpec = kind.equals("Pod")
                    ? map(object.get("spec"))
                    : map(map(map(object.get("spec")).get("template")).get("spec"));
            List<Object> containers = new ArrayList<>(list(podSpec.get("initContainers")));
            containers.addAll(list(podSpec.get("containers")));
            for (Object c : containers) {
                Map<String, Object> container = map(c);
                String name = String.valueOf(container.get("name"));
                Set<String> names = new TreeSet<>();
                for (Object e : list(container.get("env"))) {
                    Map<String, Object> variable = map(e);
                    names.add(String.valueOf(variable.get("name")));
                    Map<String, Object> valueFrom = map(variable.get("valueFrom"));
                    keyRef(valueFrom, "configMapKeyRef", configMaps, namespace, variable.get("name"), where, problems);
                    keyRef(valueFrom, "secretKeyRef", secrets, namespace, variable.get("name"), where, problems);
                }
                for (Object f : list(container.get("envFrom"))) {
                    Map<String, Object> from = map(f);
                    String prefix = Objects.toString(from.get("prefix"), "");
                    resolve(from, "configMapRef", configMaps, namespace, prefix, names, where, problems);
                    resolve(from, "secretRef", secrets, namespace, prefix, names, where, problems);
                }
                if (EnvironmentList.PROCESSES.containsValue(name)) {
                    if (byModule.containsKey(name) && !byModule.get(name).equals(names)) {
                        problems.add("kubernetes: containers named " + name + " disagree on their environment");
                    }
                    byModule.put(name, names);
                } else {
                    names.stream()
                            .filter(v -> v.startsWith("OC_"))
                            .forEach(v -> problems.add("kubernetes: " + where + " container " + name + " sets " + v
                                    + ", but it is no process of ENVIRONMENT.md"));
                }
            }
        }
        return byModule;
    }

    private static void resolve(
            Map<String, Object> from,
            String ref,
            Map<String, Map<String, Object>> objects,
            String namespace,
            String prefix,
            Set<String> names,
            String where,
            List<String> problems) {
        if (!from.containsKey(ref)) {
            return;
        }
        String name = String.valueOf(map(from.get(ref)).get("name"));
        Map<String, Object> data = objects.get(namespace + "/" + name);
        if (data == null) {
            problems.add("kubernetes: " + where + " takes its environment from " + ref + " " + name
                    + ", which the render does not contain in namespace " + namespace);
            return;
        }
        data.keySet().forEach(k -> names.add(prefix + k));
    }

    private static void keyRef(
            Map<String, Object> valueFrom,
            String ref,
            Map<String, Map<String, Object>> objects,
            String namespace,
            Object variable,
            String where,
            List<String> problems) {
        Map<String, Object> key = map(valueFrom.get(ref));
        if (key.isEmpty() || Boolean.TRUE.equals(key.get("optional"))) {
            return;
        }
        Map<String, Object> data = objects.get(namespace + "/" + key.get("name"));
        if (data == null || !data.containsKey(String.valueOf(key.get("key")))) {
            problems.add("kubernetes: " + where + " takes " + variable + " from " + ref + " " + key.get("name") + "/"
                    + key.get("key") + ", which the render does not contain in namespace " + namespace);
        }
    }

    private static String namespace(Map<String, Object> object) {
        return Objects.toString(map(object.get("metadata")).get("namespace"), "default");
    }

    private static String qualified(Map<String, Object> object, String name) {
        return namespace(object) + "/" + name;
    }

    /** Service → variables of a compose file (merge keys already resolved by the YAML loader). */
    static Map<String, Set<String>> compose(Map<String, Object> file, List<String> problems) {
        Map<String, Set<String>> byModule = new TreeMap<>();
        for (Map.Entry<String, Object> service : map(file.get("services")).entrySet()) {
            Map<String, Object> spec = map(service.getValue());
            if (spec.containsKey("env_file")) {
                problems.add("compose: " + service.getKey() + " uses env_file, which this check cannot see into");
            }
            Set<String> names = new TreeSet<>();
            Object environment = spec.get("environment");
            if (environment instanceof Map<?, ?> m) {
                m.keySet().forEach(k -> names.add(String.valueOf(k)));
            } else {
                for (Object entry : list(environment)) {
                    names.add(String.valueOf(entry).split("=", 2)[0]);
                }
            }
            if (EnvironmentList.PROCESSES.containsValue(service.getKey())) {
                byModule.put(service.getKey(), names);
            } else {
                names.stream()
                        .filter(v -> v.startsWith("OC_"))
                        .forEach(v -> problems.add("compose: service " + service.getKey() + " sets " + v
                                + ", but it is no process of ENVIRONMENT.md"));
            }
        }
        return byModule;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
