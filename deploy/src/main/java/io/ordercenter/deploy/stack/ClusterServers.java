package io.ordercenter.deploy.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The servers of the cluster run: four MariaDB servers (one per shard database), three Kafka nodes in
 * one KRaft quorum, two Elasticsearch nodes in one cluster, and Redis. Names in the control API:
 * {@code mariadb-0..3} (numbered like the shard databases {@code oc_ds_0..3} they hold),
 * {@code kafka-1..3}, {@code elasticsearch-1..2}, {@code redis-1}.
 */
public final class ClusterServers {

    /** Replicas of every Kafka partition, internal topics included. */
    public static final int KAFKA_REPLICATION = 3;
    /** Replicas that must have a write before an {@code acks=all} producer is told it is done. */
    public static final int KAFKA_MIN_INSYNC = 2;

    static final List<String> KAFKA_HEAP = List.of("-Xms256m", "-Xmx384m");
    static final String MARIADB_BUFFER_POOL = "128M";
    static final String ELASTICSEARCH_CLUSTER = "ordercenter-cluster";

    private ClusterServers() {}

    /** A stack of the cluster's servers; our services are added to it with {@link Stack#startApp}. */
    public static Stack stack(ClusterSettings settings, ClusterSecrets secrets) {
        StackSettings base = settings.base();
        List<ManagedServer> servers = new ArrayList<>();
        for (int i = 0; i < settings.mariadbPorts().size(); i++) {
            servers.add(new MariaDbServer(
                    base,
                    "mariadb-" + i,
                    settings.mariadbPorts().get(i),
                    List.of(base.databases().get(i)),
                    secrets.mysqlPassword(),
                    MARIADB_BUFFER_POOL));
        }
        servers.addAll(kafka(settings, secrets));
        servers.addAll(elasticsearch(settings));
        servers.addAll(redis(settings));
        return new Stack(base, servers, () -> afterStart(settings));
    }

    private static List<ManagedServer> kafka(ClusterSettings settings, ClusterSecrets secrets) {
        String host = settings.base().bindHost();
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < settings.kafkaPorts().size(); i++) {
            voters.add(
                    (i + 1) + "@" + host + ":" + settings.kafkaControllerPorts().get(i));
        }
        Map<String, String> brokerSettings = new HashMap<>(KafkaBroker.SETTINGS);
        String replication = Integer.toString(KAFKA_REPLICATION);
        String minInsync = Integer.toString(KAFKA_MIN_INSYNC);
        brokerSettings.put("default.replication.factor", replication);
        brokerSettings.put("min.insync.replicas", minInsync);
        brokerSettings.put("offsets.topic.replication.factor", replication);
        brokerSettings.put("transaction.state.log.replication.factor", replication);
        brokerSettings.put("transaction.state.log.min.isr", minInsync);
        brokerSettings.put("share.coordinator.state.topic.replication.factor", replication);
        brokerSettings.put("share.coordinator.state.topic.min.isr", minInsync);
        List<ManagedServer> brokers = new ArrayList<>();
        for (int i = 0; i < settings.kafkaPorts().size(); i++) {
            brokers.add(new KafkaBroker(
                    settings.base(),
                    new KafkaBroker.Node(
                            "kafka-" + (i + 1),
                            i + 1,
                            settings.kafkaPorts().get(i),
                            settings.kafkaControllerPorts().get(i),
                            String.join(",", voters),
                            secrets.kafkaClusterId(),
                            brokerSettings,
                            KAFKA_HEAP,
                            false)));
        }
        return brokers;
    }

    private static List<ManagedServer> elasticsearch(ClusterSettings settings) {
        String host = settings.base().bindHost();
        int count = settings.elasticsearchPorts().size();
        List<String> names = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("elasticsearch-" + (i + 1));
            seeds.add(host + ":" + settings.elasticsearchTransportPorts().get(i));
        }
        List<ManagedServer> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> node = new HashMap<>(ElasticsearchNode.SETTINGS);
            node.remove("discovery.type");
            node.put("cluster.name", ELASTICSEARCH_CLUSTER);
            node.put("node.name", names.get(i));
            node.put("discovery.seed_hosts", String.join(",", seeds));
            node.put("cluster.initial_master_nodes", String.join(",", names));
            nodes.add(new ElasticsearchNode(
                    settings.base(),
                    names.get(i),
                    settings.elasticsearchPorts().get(i),
                    settings.elasticsearchTransportPorts().get(i),
                    node));
        }
        return nodes;
    }

    /**
     * Redis of the cluster run, by {@link ClusterSettings#REDIS_CLUSTER}: a Redis Cluster
     * ({@code redis-1..6} under {@code <home>/redis-cluster}, three primaries with one replica each)
     * or one standalone server ({@code redis-1}).
     */
    static List<ManagedServer> redis(ClusterSettings settings) {
        if (ClusterSettings.REDIS_CLUSTER) {
            return List.of(new RedisCluster(
                    settings.base().bindHost(), settings.base().dir("redis-cluster"), settings.redisPorts()));
        }
        return List.of(
                new RedisNode(settings.base(), "redis-1", settings.redisPorts().get(0)));
    }

    /** Whether the services are to use Redis through the cluster client ({@code OC_REDIS_CLUSTER}). */
    public static boolean redisIsCluster() {
        return ClusterSettings.REDIS_CLUSTER;
    }

    /** Once every server runs: the Elasticsearch nodes have formed one cluster, the topics exist. */
    private static void afterStart(ClusterSettings settings) throws Exception {
        String es = "http://" + settings.base().bindHost() + ":"
                + settings.elasticsearchPorts().get(0);
        Ports.await(
                settings.elasticsearchPorts().size() + " elasticsearch nodes to form one cluster",
                Duration.ofSeconds(120),
                () -> elasticsearchNodes(es) == settings.elasticsearchPorts().size());
        long begin = System.nanoTime();
        KafkaTopics.createAndAwait(
                settings.kafkaBootstrap(),
                Duration.ofSeconds(120),
                (short) KAFKA_REPLICATION,
                Map.of("min.insync.replicas", Integer.toString(KAFKA_MIN_INSYNC)));
        System.out.printf(
                "[stack] kafka topics with %d replicas (min.insync.replicas %d) ready in %.1f s%n",
                KAFKA_REPLICATION, KAFKA_MIN_INSYNC, (System.nanoTime() - begin) / 1e9);
    }

    private static int elasticsearchNodes(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return 0;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"number_of_nodes\":(\\d+)")
                    .matcher(response.body());
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (Exception e) {
            return 0;
        }
    }
}
