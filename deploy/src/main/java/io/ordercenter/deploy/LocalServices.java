package io.ordercenter.deploy;

import io.ordercenter.deploy.stack.AppProcess;
import io.ordercenter.deploy.stack.Stack;
import io.ordercenter.deploy.testkit.StackEndpoints;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Our own processes in the local run, started after the servers from the jars the build made: the
 * dependency simulator, the identity provider ({@link LocalIdentity}), then order-trade (which
 * migrates the schema), then order-query and order-async together, then the gateway in front of
 * them (port 8080, the clients' one entry point). A service whose jar is missing
 * is skipped with a note; without the identity provider the services trust development tokens only.
 */
final class LocalServices {

    static final int SIMULATOR_PORT = 8090;
    static final int GATEWAY_PORT = 8080;
    static final String PAYMENT_SECRET = "local-dev-payment-secret";
    private static final List<String> JVM = List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Duser.timezone=UTC");

    private LocalServices() {}

    static void start(Stack stack) throws Exception {
        Path root = stack.settings().dist().getParent().getParent().getParent();
        Path run = stack.settings().home().resolve("services");
        Map<String, String> env = environment(stack.endpoints());
        LocalIdentity.deleteFile(stack.settings().home());
        LocalIdentity identity = new LocalIdentity(stack.settings().home());
        startIfBuilt(
                stack,
                new AppProcess(
                        "simulator",
                        root.resolve("load-tests/target/dependency-simulator.jar"),
                        SIMULATOR_PORT,
                        "/sim/faults",
                        List.of("-Xmx256m"),
                        List.of("--port", Integer.toString(SIMULATOR_PORT), "--callback-secret", PAYMENT_SECRET),
                        Map.of(),
                        run));
        startIfBuilt(stack, identity.process(root, List.of("-Xms64m", "-Xmx256m", "-XX:+UseG1GC"), run));
        if (stack.hasApp("order-identity")) {
            identity.describeTo(env);
            identity.writeFile();
        }
        startIfBuilt(stack, service(root, "order-trade", 8081, env, run));
        AppProcess query = service(root, "order-query", 8082, env, run);
        AppProcess async = service(root, "order-async", 8083, env, run);
        CompletableFuture<Void> q = CompletableFuture.runAsync(() -> startQuietly(stack, query));
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> startQuietly(stack, async));
        CompletableFuture.allOf(q, a).join();
        startIfBuilt(stack, service(root, "order-gateway", GATEWAY_PORT, env, run));
        if (stack.hasApp("order-trade")) {
            DemoOrders.load("http://127.0.0.1:8081");
        }
    }

    private static AppProcess service(Path root, String name, int port, Map<String, String> env, Path run) {
        return new AppProcess(
                name,
                root.resolve(name + "/target/" + name + ".jar"),
                port,
                "/actuator/health",
                JVM,
                List.of("--spring.profiles.active=local"),
                env,
                run);
    }

    private static void startQuietly(Stack stack, AppProcess app) {
        try {
            startIfBuilt(stack, app);
        } catch (Exception e) {
            throw new IllegalStateException(app.name() + " did not start: " + e.getMessage(), e);
        }
    }

    private static void startIfBuilt(Stack stack, AppProcess app) throws Exception {
        if (!app.exists()) {
            System.out.printf("[stack] %-13s not built yet, skipped%n", app.name());
            return;
        }
        stack.startApp(app);
    }

    /** The contract between the launcher and the services: endpoints as environment variables. */
    static Map<String, String> environment(StackEndpoints e) {
        Map<String, String> env = new HashMap<>();
        env.put("OC_MYSQL_SHARDS", e.mysqlShards());
        env.put("OC_MYSQL_USER", e.mysqlUser());
        env.put("OC_MYSQL_PASSWORD", e.mysqlPassword());
        env.put("OC_REDIS_HOST", e.redisHost());
        env.put("OC_REDIS_PORT", Integer.toString(e.redisPort()));
        env.put("OC_REDIS_NODES", e.redisHost() + ":" + e.redisPort());
        env.put("OC_REDIS_CLUSTER", "false");
        env.put("OC_KAFKA_BOOTSTRAP", e.kafkaBootstrap());
        env.put("OC_ELASTICSEARCH_URLS", e.elasticsearchUrl());
        env.put("OC_DEPENDENCIES_URL", "http://127.0.0.1:" + SIMULATOR_PORT);
        env.put("OC_TRADE_URLS", "http://127.0.0.1:8081");
        env.put("OC_QUERY_URLS", "http://127.0.0.1:8082");
        env.put("OC_ASYNC_URLS", "http://127.0.0.1:8083");
        env.put("OC_PAYMENT_CALLBACK_SECRET", PAYMENT_SECRET);
        return env;
    }

    static void printSummary(Stack stack) {
        StackEndpoints e = stack.endpoints();
        System.out.println();
        System.out.println("Order Center local stack is up (Ctrl-C here, or ./ordercenter down, stops it)");
        System.out.printf(
                "  MariaDB        %s:%d  user %s / %s  databases %s%n",
                e.mysqlHost(), e.mysqlPort(), e.mysqlUser(), e.mysqlPassword(), String.join(",", e.databases()));
        System.out.printf("  Redis          %s:%d%n", e.redisHost(), e.redisPort());
        System.out.printf("  Kafka          %s%n", e.kafkaBootstrap());
        System.out.printf("  Elasticsearch  %s%n", e.elasticsearchUrl());
        if (stack.hasApp("order-gateway")) {
            System.out.println("  gateway        http://127.0.0.1:" + GATEWAY_PORT
                    + "   (the clients' entry point: every /api/v1 path)");
        }
        System.out.println("  order-trade    http://127.0.0.1:8081   order-query http://127.0.0.1:8082"
                + "   order-async http://127.0.0.1:8083   simulator http://127.0.0.1:8090");
        if (stack.hasApp("order-identity")) {
            System.out.println("  identity       " + LocalIdentity.URL + "   (token " + LocalIdentity.URL
                    + "/oauth2/token, keys " + LocalIdentity.URL + "/oauth2/jwks; ./ordercenter token asks it)");
        }
        System.out.printf("  data           %s%n", stack.settings().home());
        System.out.println();
        System.out.println("Sample tokens (12 h; mint more with ./ordercenter token --role ROLE --sub ID [--shop S]):");
        Duration ttl = Duration.ofHours(12);
        System.out.println("  USER 1001       " + DevTokens.mint("1001", List.of("USER"), null, ttl));
        System.out.println("  MERCHANT shop 3 " + DevTokens.mint("9003", List.of("MERCHANT"), "3", ttl));
        System.out.println("  RIDER 5001      " + DevTokens.mint("5001", List.of("RIDER"), null, ttl));
        System.out.println("  SUPPORT         " + DevTokens.mint("support-1", List.of("SUPPORT"), null, ttl));
    }
}
