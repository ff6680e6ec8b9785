package io.ordercenter.deploy.stack;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cluster commands the launcher sends to single nodes (CLUSTER MEET, ADDSLOTS, REPLICATE, INFO),
 * through Lettuce's standalone client: one short-lived connection per call, no cluster topology.
 */
final class RedisClusterAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private RedisClusterAdmin() {}

    /** One client (its event loops run on daemon threads) for every call; connections are per call. */
    private static final class Shared {
        static final RedisClient CLIENT = client();

        private static RedisClient client() {
            RedisClient client = RedisClient.create();
            client.setOptions(ClientOptions.builder()
                    .autoReconnect(false)
                    .socketOptions(SocketOptions.builder()
                            .connectTimeout(Duration.ofSeconds(1))
                            .build())
                    .build());
            return client;
        }
    }

    static <T> T call(RedisClusterNode node, Function<RedisCommands<String, String>, T> command) {
        try (StatefulRedisConnection<String, String> connection = Shared.CLIENT.connect(RedisURI.builder()
                .withHost(node.host())
                .withPort(node.port())
                .withTimeout(TIMEOUT)
                .build())) {
            return command.apply(connection.sync());
        }
    }

    /** One field of {@code CLUSTER INFO}, e.g. {@code cluster_state}. */
    static Optional<String> clusterInfo(RedisClusterNode node, String field) {
        String info = call(node, RedisCommands::clusterInfo);
        return Arrays.stream(info.split("\r?\n"))
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).trim())
                .findFirst();
    }

    /** The node answers and says {@code cluster_state:ok}; false also when it cannot be reached. */
    static boolean clusterOk(RedisClusterNode node) {
        try {
            return clusterInfo(node, "cluster_state").map("ok"::equals).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The node has met at least one other node (it belongs to a cluster, formed or being formed). */
    static boolean knowsOthers(RedisClusterNode node) {
        return clusterInfo(node, "cluster_known_nodes").map(Integer::parseInt).orElse(1) > 1;
    }

    static int slotsAssigned(RedisClusterNode node) {
        return clusterInfo(node, "cluster_slots_assigned")
                .map(Integer::parseInt)
                .orElse(0);
    }

    static int knownNodes(RedisClusterNode node) {
        return clusterInfo(node, "cluster_known_nodes").map(Integer::parseInt).orElse(1);
    }
}
