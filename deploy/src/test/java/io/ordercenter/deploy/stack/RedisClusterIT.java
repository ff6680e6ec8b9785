package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode.NodeFlag;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forms a real six-node Redis Cluster on free ports, then crashes a primary and checks its replica
 * takes over while the data stays readable, the crashed node rejoins, and a whole-cluster restart
 * keeps data and shape.
 */
class RedisClusterIT {

    private static final Path DIR = Path.of("target/it-redis-cluster").toAbsolutePath();
    private static RedisCluster cluster;
    private static RedisClusterClient client;

    @BeforeAll
    static void form() throws Exception {
        Stack.deleteRecursively(DIR);
        cluster = new RedisCluster("127.0.0.1", DIR, RedisCluster.freePorts());
        cluster.start();
        client = RedisClusterClient.create(
                cluster.seeds().stream().map(RedisClusterIT::uri).toList());
        client.setDefaultTimeout(Duration.ofSeconds(1));
        client.setOptions(ClusterClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                        .enablePeriodicRefresh(Duration.ofSeconds(1))
                        .enableAllAdaptiveRefreshTriggers()
                        .build())
                .build());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.shutdown();
        }
        if (cluster != null) {
            cluster.stop();
        }
    }

    private static RedisURI uri(String address) {
        String[] parts = address.split(":");
        return RedisURI.create(parts[0], Integer.parseInt(parts[1]));
    }

    @Test
    void three_primaries_with_a_replica_each_survive_a_crashed_primary_and_a_restart() throws Exception {
        try (StatefulRedisClusterConnection<String, String> connection = client.connect()) {
            RedisAdvancedClusterCommands<String, String> redis = connection.sync();
            assertThat(redis.clusterInfo()).contains("cluster_state:ok", "cluster_slots_assigned:16384");
            assertThat(masters(connection)).hasSize(3);
            assertThat(connection.getPartitions().stream()
                            .filter(node -> node.is(NodeFlag.REPLICA))
                            .count())
                    .isEqualTo(3);

            List<String> keys = IntStream.range(0, 300).mapToObj(i -> "k" + i).toList();
            keys.forEach(key -> redis.set(key, "v-" + key));
            assertThat(keys.stream().map(SlotHash::getSlot).map(slot -> connection
                            .getPartitions()
                            .getMasterBySlot(slot)
                            .getUri()
                            .getPort()))
                    .as("the keys spread over all three primaries")
                    .containsOnly(masterPorts(connection).toArray(Integer[]::new));

            int slot = SlotHash.getSlot("k0");
            int primaryPort =
                    connection.getPartitions().getMasterBySlot(slot).getUri().getPort();
            RedisClusterNode primary = cluster.nodes().stream()
                    .filter(node -> node.port() == primaryPort)
                    .findFirst()
                    .orElseThrow();
            Thread.sleep(1500); // let the asynchronous replication carry the writes

            primary.kill();
            Ports.await("a replica to take over " + primary.name() + "'s slots", Duration.ofSeconds(30), () -> {
                try {
                    return "v-k0".equals(redis.get("k0"))
                            && connection
                                            .getPartitions()
                                            .getMasterBySlot(slot)
                                            .getUri()
                                            .getPort()
                                    != primaryPort;
                } catch (RuntimeException e) {
                    return false;
                }
            });
            keys.forEach(key -> assertThat(redis.get(key)).isEqualTo("v-" + key));
            redis.set("after-failover", "yes");

            primary.start();
            String replication = RedisClusterAdmin.call(primary, commands -> commands.info("replication"));
            assertThat(replication)
                    .as("the crashed primary rejoins as a replica")
                    .contains("role:slave");
        }

        cluster.stop();
        assertThat(cluster.isRunning()).isFalse();
        cluster.start();
        try (StatefulRedisClusterConnection<String, String> connection = client.connect()) {
            assertThat(connection.sync().get("after-failover")).isEqualTo("yes");
            assertThat(connection.sync().get("k299")).isEqualTo("v-k299");
            assertThat(masters(connection)).hasSize(3);
        }
    }

    private static List<io.lettuce.core.cluster.models.partitions.RedisClusterNode> masters(
            StatefulRedisClusterConnection<String, String> connection) {
        return connection.getPartitions().stream()
                .filter(node -> node.is(NodeFlag.UPSTREAM) && !node.getSlots().isEmpty())
                .toList();
    }

    private static List<Integer> masterPorts(StatefulRedisClusterConnection<String, String> connection) {
        return masters(connection).stream().map(node -> node.getUri().getPort()).toList();
    }
}
