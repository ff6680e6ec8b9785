package io.ordercenter.deploy;

import io.ordercenter.deploy.cluster.ClusterServices;
import io.ordercenter.deploy.stack.ClusterSecrets;
import io.ordercenter.deploy.stack.ClusterServers;
import io.ordercenter.deploy.stack.ClusterSettings;
import io.ordercenter.deploy.stack.LocalStackSettings;
import io.ordercenter.deploy.stack.ServerRuntime;
import io.ordercenter.deploy.stack.Stack;
import io.ordercenter.deploy.stack.StackSettings;
import io.ordercenter.deploy.testkit.StackState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher of the local stack.
 *
 * <pre>
 * up      [--home DIR] [--dist DIR] [--ports fixed|auto] [--fresh] [--watch-pid PID] [--servers-only]
 *         [--runtime embedded|containers] [--cluster]
 * down    [--home DIR]
 * status  [--home DIR]
 * </pre>
 *
 * Every server binds 127.0.0.1 only. {@code --runtime containers} runs the servers as Docker
 * containers (Testcontainers) instead of from Maven artifacts; they are removed when the stack
 * stops, so their data lasts one run. {@code --cluster} runs the production shape instead (four
 * MariaDB servers, three Kafka brokers, two Elasticsearch nodes, Redis, two instances of each service,
 * the simulator, the identity provider and the gateway; see {@link ClusterServices}). {@code up} stays in the foreground until Ctrl-C, {@code down},
 * or the end of the process given by {@code --watch-pid} (the Maven build, for test stacks).
 */
public final class LocalStack {

    private LocalStack() {}

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            usage();
            return;
        }
        Map<String, String> options = parseOptions(argv);
        Path home = Path.of(options.getOrDefault("home", System.getProperty("user.home") + "/.ordercenter"))
                .toAbsolutePath()
                .normalize();
        switch (argv[0]) {
            case "up" -> up(home, options);
            case "down" -> down(home);
            case "status" -> status(home);
            default -> usage();
        }
    }

    private static void up(Path home, Map<String, String> options) throws Exception {
        if (options.containsKey("cluster")) {
            cluster(home, options);
            return;
        }
        StackSettings settings = settings(home, options);
        Stack stack = new Stack(settings);
        runUntilStopped(stack, settings);
        System.out.println("[stack] starting " + settings.runtime().name().toLowerCase(java.util.Locale.ROOT)
                + " servers in " + home);
        stack.start();
        if (!options.containsKey("servers-only")) {
            LocalServices.start(stack);
        }
        LocalServices.printSummary(stack);
        STOPPED.await();
    }

    private static void cluster(Path home, Map<String, String> options) throws Exception {
        if (!"embedded".equals(options.getOrDefault("runtime", "embedded"))) {
            throw new IllegalArgumentException("--cluster runs embedded servers only");
        }
        long begin = System.nanoTime();
        Path dist = dist(options);
        boolean fresh = options.containsKey("fresh");
        long watchPid = Long.parseLong(options.getOrDefault("watch-pid", "-1"));
        ClusterSettings cluster = "auto".equals(options.getOrDefault("ports", "fixed"))
                ? ClusterSettings.auto(home, dist, fresh, watchPid)
                : ClusterSettings.fixed(home, dist, fresh, watchPid);
        ClusterSecrets secrets = ClusterSecrets.of(home);
        Stack stack = ClusterServers.stack(cluster, secrets);
        runUntilStopped(stack, cluster.base());
        System.out.println("[stack] starting the cluster in " + home);
        stack.start();
        ClusterServices services = new ClusterServices(stack, cluster, secrets);
        if (!options.containsKey("servers-only")) {
            try {
                services.start();
            } catch (RuntimeException e) {
                System.out.println("[stack] the cluster's services could not be started: " + e.getMessage());
                stack.close();
                System.exit(1);
            }
        }
        services.printSummary((System.nanoTime() - begin) / 1e9);
        STOPPED.await();
    }

    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    /** Stops {@code stack} on Ctrl-C, {@code down} or the end of the watched process. */
    private static void runUntilStopped(Stack stack, StackSettings settings) {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stack.close();
                            STOPPED.countDown();
                        },
                        "stack-stop"));
        if (settings.watchPid() > 0) {
            ProcessHandle.of(settings.watchPid())
                    .orElseThrow(() -> new IllegalStateException("no process " + settings.watchPid() + " to watch"))
                    .onExit()
                    .thenRun(() -> {
                        System.out.println("[stack] watched process " + settings.watchPid() + " ended: stopping");
                        stack.close();
                        System.exit(0);
                    });
        }
    }

    private static Path dist(Map<String, String> options) {
        return Path.of(options.getOrDefault("dist", "deploy/target/stack"))
                .toAbsolutePath()
                .normalize();
    }

    static StackSettings settings(Path home, Map<String, String> options) {
        Path dist = dist(options);
        boolean fresh = options.containsKey("fresh");
        long watchPid = Long.parseLong(options.getOrDefault("watch-pid", "-1"));
        StackSettings settings = "auto".equals(options.getOrDefault("ports", "fixed"))
                ? LocalStackSettings.auto(home, dist, fresh, watchPid)
                : LocalStackSettings.fixed(home, dist, fresh, watchPid);
        String runtime = options.getOrDefault("runtime", "embedded");
        return switch (runtime) {
            case "embedded" -> settings;
            case "containers" -> settings.withRuntime(ServerRuntime.CONTAINERS);
            default -> throw new IllegalArgumentException("--runtime is embedded or containers, not " + runtime);
        };
    }

    private static void down(Path home) throws Exception {
        Optional<StackState> state = StackState.read(home);
        if (state.isEmpty() || !state.get().launcherAlive()) {
            System.out.println("no stack runs from " + home);
            return;
        }
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + state.get().controlPort() + "/shutdown"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        ProcessHandle.of(state.get().launcherPid()).ifPresent(p -> p.onExit().join());
        System.out.println("stack in " + home + " stopped");
    }

    private static void status(Path home) throws Exception {
        Optional<StackState> state = StackState.read(home);
        if (state.isEmpty() || !state.get().launcherAlive()) {
            System.out.println("no stack runs from " + home);
            return;
        }
        HttpResponse<String> response = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + state.get().controlPort() + "/status"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        System.out.print(response.body());
    }

    private static Map<String, String> parseOptions(String[] argv) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + argv[i]);
            }
            String key = argv[i].substring(2);
            boolean flag = i + 1 >= argv.length || argv[i + 1].startsWith("--");
            options.put(key, flag ? "true" : argv[++i]);
        }
        return options;
    }

    private static void usage() {
        System.out.println("usage: LocalStack up|down|status [--home DIR] [--dist DIR] [--ports fixed|auto] [--fresh]"
                + " [--watch-pid PID] [--servers-only] [--runtime embedded|containers] [--cluster]");
    }
}
