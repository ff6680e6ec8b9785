package io.ordercenter.deploy.cluster;

import io.ordercenter.deploy.LocalIdentity;
import io.ordercenter.deploy.cluster.ClusterEnvironment.Service;
import io.ordercenter.deploy.stack.AppProcess;
import io.ordercenter.deploy.stack.ClusterSecrets;
import io.ordercenter.deploy.stack.ClusterServers;
import io.ordercenter.deploy.stack.ClusterSettings;
import io.ordercenter.deploy.stack.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Our processes in the cluster run, on top of its servers, from the same jars as the local run: the
 * dependency simulator and the identity provider, then order-trade-1 (which migrates the schema)
 * beside the gateway, then the second order-trade and both order-query and order-async instances
 * together. Every service instance runs with the {@code prod} profile and only the environment of
 * {@link ClusterEnvironment}. A jar that is missing is skipped with a note; an instance that does not
 * come up is reported and the rest still start.
 */
public final class ClusterServices {

    static final List<String> SERVICE_JVM = List.of("-Xms128m", "-Xmx384m", "-XX:+UseG1GC", "-Duser.timezone=UTC");
    static final List<String> SMALL_JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseG1GC", "-Duser.timezone=UTC");

    private final Stack stack;
    private final ClusterSettings cluster;
    private final ClusterSecrets secrets;
    private final Path root;
    private final Path run;
    private final List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> missing = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean started;

    public ClusterServices(Stack stack, ClusterSettings cluster, ClusterSecrets secrets) {
        this.stack = stack;
        this.cluster = cluster;
        this.secrets = secrets;
        this.root = cluster.base().dist().getParent().getParent().getParent();
        this.run = cluster.base().home().resolve("services");
    }

    /** Starts every process; returns the names of those that did not come up (missing jars aside). */
    public List<String> start() {
        started = true;
        try {
            LocalIdentity.deleteFile(cluster.base().home());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<CompletableFuture<Void>> first = new ArrayList<>();
        first.add(async(simulator()));
        first.add(async(
                instance("identity", "order-identity", Service.IDENTITY, cluster.identityPort(), "/oauth2/jwks")));
        join(first);
        if (stack.hasApp("identity")) {
            try {
                LocalIdentity.writeFile(
                        cluster.base().home(), cluster.url(cluster.identityPort()), secrets.identityDemoSecret());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // the gateway needs only Redis (its upstreams are health-checked as they come), so it starts
        // while order-trade-1 migrates the schema
        join(List.of(
                async(service("order-trade", Service.TRADE, 1, cluster.tradePorts())),
                async(instance(
                        "gateway", "order-gateway", Service.GATEWAY, cluster.gatewayPort(), "/actuator/health"))));
        List<CompletableFuture<Void>> rest = new ArrayList<>();
        rest.add(async(service("order-trade", Service.TRADE, 2, cluster.tradePorts())));
        for (int i = 1; i <= ClusterSettings.INSTANCES; i++) {
            rest.add(async(service("order-query", Service.QUERY, i, cluster.queryPorts())));
            rest.add(async(service("order-async", Service.ASYNC, i, cluster.asyncPorts())));
        }
        join(rest);
        return List.copyOf(failed);
    }

    /** Jars that were not built (so their process was skipped). */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    private AppProcess simulator() {
        return new AppProcess(
                "simulator",
                root.resolve("load-tests/target/dependency-simulator.jar"),
                cluster.simulatorPort(),
                "/sim/faults",
                SMALL_JVM,
                List.of(
                        "--port",
                        Integer.toString(cluster.simulatorPort()),
                        "--callback-secret",
                        secrets.paymentCallbackSecret()),
                Map.of(),
                run,
                true);
    }

    private AppProcess service(String module, Service service, int instance, List<Integer> ports) {
        return instance(module + "-" + instance, module, service, ports.get(instance - 1), "/actuator/health");
    }

    private AppProcess instance(String name, String module, Service service, int port, String healthPath) {
        return new AppProcess(
                name,
                root.resolve(module + "/target/" + module + ".jar"),
                port,
                healthPath,
                service == Service.IDENTITY || service == Service.GATEWAY ? SMALL_JVM : SERVICE_JVM,
                List.of("--spring.profiles.active=prod"),
                ClusterEnvironment.of(service, port, cluster, secrets),
                run,
                true);
    }

    private CompletableFuture<Void> async(AppProcess app) {
        return CompletableFuture.runAsync(() -> startOrReport(app));
    }

    private static void join(List<CompletableFuture<Void>> starts) {
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    }

    private void startOrReport(AppProcess app) {
        if (!app.exists()) {
            System.out.printf("[stack] %-17s not built yet, skipped%n", app.name());
            missing.add(app.name());
            return;
        }
        try {
            stack.startApp(app);
        } catch (Exception e) {
            System.out.printf("[stack] %-17s DID NOT START: %s%n", app.name(), e.getMessage());
            failed.add(app.name());
        }
    }

    /** Where everything is, gateway first. */
    public void printSummary(double startSeconds) {
        ClusterSettings c = cluster;
        String host = c.base().bindHost();
        System.out.println();
        System.out.println(
                failed.isEmpty()
                        ? "Order Center cluster is up (Ctrl-C here, or ./ordercenter down, stops it)"
                        : "Order Center cluster is INCOMPLETE: " + String.join(", ", failed)
                                + " did not start (logs in " + run + ")");
        System.out.printf(
                "  gateway           %s   (the one entry point: %s/api/v1/...)%n",
                state("gateway", c.url(c.gatewayPort())), c.url(c.gatewayPort()));
        System.out.printf(
                "  identity          %s   (JWKS %s/oauth2/jwks)%n",
                state("identity", c.url(c.identityPort())), c.url(c.identityPort()));
        System.out.printf("  order-trade       %s%n", instances("order-trade", c.tradePorts()));
        System.out.printf("  order-query       %s%n", instances("order-query", c.queryPorts()));
        System.out.printf("  order-async       %s%n", instances("order-async", c.asyncPorts()));
        System.out.printf("  simulator         %s%n", state("simulator", c.url(c.simulatorPort())));
        System.out.printf(
                "  MariaDB           %s  (mariadb-0..3 hold oc_ds_0..3; user %s, password in %s)%n",
                c.mysqlShards(), ClusterEnvironment.MYSQL_USER, c.base().home().resolve(ClusterSecrets.FILE_NAME));
        System.out.printf(
                "  Kafka             %s  (KRaft quorum of 3; replication %d, min.insync.replicas %d)%n",
                c.kafkaBootstrap(), ClusterServers.KAFKA_REPLICATION, ClusterServers.KAFKA_MIN_INSYNC);
        System.out.printf("  Elasticsearch     %s  (one cluster)%n", c.elasticsearchUrls());
        System.out.printf(
                "  Redis             %s  (%s)%n",
                c.redisNodes(), ClusterServers.redisIsCluster() ? "Redis Cluster" : "one standalone server");
        System.out.printf(
                "  control API       http://%s:%d/status, POST /processes/{name}/stop|kill|start%n",
                host, controlPort());
        System.out.printf("  data and logs     %s%n", c.base().home());
        long rss = stack.status().stream().mapToLong(p -> p.rssKib()).sum();
        System.out.printf(
                "  started in        %.0f s; memory %d MiB resident (all %d processes)%n",
                startSeconds, rss / 1024, stack.status().size());
        System.out.println();
        if (!stack.hasApp("identity")) {
            System.out.println("No sample tokens: the identity provider (order-identity) does not run.");
            return;
        }
        System.out.println("Sample tokens from the identity provider (more: ./ordercenter token --role ROLE --sub ID"
                + " [--shop S]):");
        Path home = c.base().home();
        try {
            System.out.println("  USER 1001       " + token(home, "1001", "USER", null));
            System.out.println("  MERCHANT shop 3 " + token(home, "9003", "MERCHANT", "3"));
            System.out.println("  RIDER 5001      " + token(home, "5001", "RIDER", null));
            System.out.println("  SUPPORT         " + token(home, "support-1", "SUPPORT", null));
        } catch (Exception e) {
            System.out.println("  (none: " + e.getMessage() + ")");
        }
    }

    /** A token from the run's identity provider (through {@code <home>/identity.properties}). */
    public static String token(Path home, String subject, String role, String shop) throws java.io.IOException {
        return LocalIdentity.token(home, subject, List.of(role), shop)
                .orElseThrow(() -> new IllegalStateException("no identity provider answers for " + home));
    }

    private int controlPort() {
        return stack.controlPort();
    }

    private String state(String name, String url) {
        if (!started) {
            return url + " (not started: --servers-only)";
        }
        return url + (stack.hasApp(name) ? "" : missing.contains(name) ? " (not built yet)" : " (DOWN)");
    }

    private String instances(String module, List<Integer> ports) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            out.add(state(module + "-" + (i + 1), cluster.url(ports.get(i))));
        }
        return String.join("   ", out);
    }
}
