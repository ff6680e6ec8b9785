package io.ordercenter.deploy.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

/**
 * How the cluster run ({@code ./ordercenter up --cluster}) is laid out on one machine: the ports of
 * every server and every instance of our services, all on 127.0.0.1, data under the home.
 *
 * @param base home, distribution, bind host, control port, fresh/watch settings; its single-server
 *     ports name the first server of each kind (mariadb-0, redis-1, kafka-1, elasticsearch-1)
 * @param mariadbPorts one MariaDB server per shard database, in order {@code oc_ds_0..3}
 * @param kafkaPorts the client ports of kafka-1..3
 * @param kafkaControllerPorts their controller ports
 * @param elasticsearchPorts the HTTP ports of elasticsearch-1..2
 * @param elasticsearchTransportPorts their transport ports
 * @param redisPorts the Redis servers
 * @param tradePorts order-trade-1..2
 * @param queryPorts order-query-1..2
 * @param asyncPorts order-async-1..2
 * @param simulatorPort the dependency simulator
 * @param identityPort the identity provider
 * @param gatewayPort the edge gateway, the one entry point for clients
 */
public record ClusterSettings(
        StackSettings base,
        List<Integer> mariadbPorts,
        List<Integer> kafkaPorts,
        List<Integer> kafkaControllerPorts,
        List<Integer> elasticsearchPorts,
        List<Integer> elasticsearchTransportPorts,
        List<Integer> redisPorts,
        List<Integer> tradePorts,
        List<Integer> queryPorts,
        List<Integer> asyncPorts,
        int simulatorPort,
        int identityPort,
        int gatewayPort) {

    public static final int MARIADB_SERVERS = StackSettings.DATABASES.size();
    public static final int KAFKA_BROKERS = 3;
    public static final int ELASTICSEARCH_NODES = 2;
    /**
     * Whether the cluster run's Redis is a Redis Cluster (six nodes: three primaries, one replica
     * each) or one standalone server. The one switch: it picks the servers
     * ({@link ClusterServers#redis}), their ports and the services' {@code OC_REDIS_CLUSTER}. On:
     * the services and the gateway talk to it through Lettuce's cluster client.
     */
    public static final boolean REDIS_CLUSTER = true;

    public static final int REDIS_SERVERS = REDIS_CLUSTER ? RedisCluster.NODES : 1;

    public static final int INSTANCES = 2;

    public ClusterSettings {
        mariadbPorts = List.copyOf(mariadbPorts);
        kafkaPorts = List.copyOf(kafkaPorts);
        kafkaControllerPorts = List.copyOf(kafkaControllerPorts);
        elasticsearchPorts = List.copyOf(elasticsearchPorts);
        elasticsearchTransportPorts = List.copyOf(elasticsearchTransportPorts);
        redisPorts = List.copyOf(redisPorts);
        tradePorts = List.copyOf(tradePorts);
        queryPorts = List.copyOf(queryPorts);
        asyncPorts = List.copyOf(asyncPorts);
    }

    /**
     * The well-known ports: the first server of each kind where the local run has its one
     * (MariaDB 13306-13309, Kafka 19092/19094/19096 with controllers one above, Elasticsearch
     * 19200-19201 and transport 19300-19301, Redis from 16379, control 18999), the services'
     * first instances where the local run has them (8081-8083) and the second ones 100 above,
     * simulator 8090, identity provider 9000, gateway 8080.
     */
    public static ClusterSettings fixed(Path home, Path dist, boolean fresh, long watchPid) {
        return from(
                LocalStackSettings.fixed(home, dist, fresh, watchPid),
                step(13306, 1, MARIADB_SERVERS),
                step(19092, 2, KAFKA_BROKERS),
                step(19093, 2, KAFKA_BROKERS),
                step(19200, 1, ELASTICSEARCH_NODES),
                step(19300, 1, ELASTICSEARCH_NODES),
                step(16379, 1, REDIS_SERVERS),
                step(8081, 100, INSTANCES),
                step(8082, 100, INSTANCES),
                step(8083, 100, INSTANCES),
                8090,
                9000,
                8080);
    }

    /** Free ports for everything (tests; the control port too). */
    public static ClusterSettings auto(Path home, Path dist, boolean fresh, long watchPid) {
        IntSupplier free = Ports::free;
        return from(
                LocalStackSettings.auto(home, dist, fresh, watchPid),
                some(free, MARIADB_SERVERS),
                some(free, KAFKA_BROKERS),
                some(free, KAFKA_BROKERS),
                some(free, ELASTICSEARCH_NODES),
                some(free, ELASTICSEARCH_NODES),
                REDIS_CLUSTER ? RedisCluster.freePorts() : some(free, REDIS_SERVERS),
                some(free, INSTANCES),
                some(free, INSTANCES),
                some(free, INSTANCES),
                free.getAsInt(),
                free.getAsInt(),
                free.getAsInt());
    }

    private static ClusterSettings from(
            StackSettings local,
            List<Integer> mariadb,
            List<Integer> kafka,
            List<Integer> kafkaControllers,
            List<Integer> elasticsearch,
            List<Integer> elasticsearchTransport,
            List<Integer> redis,
            List<Integer> trade,
            List<Integer> query,
            List<Integer> async,
            int simulator,
            int identity,
            int gateway) {
        StackSettings base = new StackSettings(
                local.home(),
                local.dist(),
                local.bindHost(),
                mariadb.get(0),
                redis.get(0),
                kafka.get(0),
                kafkaControllers.get(0),
                elasticsearch.get(0),
                elasticsearchTransport.get(0),
                local.controlPort(),
                local.databases(),
                local.fresh(),
                local.watchPid(),
                local.unprivilegedUid(),
                ServerRuntime.EMBEDDED);
        return new ClusterSettings(
                base,
                mariadb,
                kafka,
                kafkaControllers,
                elasticsearch,
                elasticsearchTransport,
                redis,
                trade,
                query,
                async,
                simulator,
                identity,
                gateway);
    }

    /** {@code host:port} of every Kafka broker, comma-separated. */
    public String kafkaBootstrap() {
        return join(kafkaPorts, base.bindHost() + ":", "");
    }

    /** {@code http://host:port} of every Elasticsearch node, comma-separated. */
    public String elasticsearchUrls() {
        return join(elasticsearchPorts, "http://" + base.bindHost() + ":", "");
    }

    /** {@code host:port} of every Redis server, comma-separated. */
    public String redisNodes() {
        return join(redisPorts, base.bindHost() + ":", "");
    }

    /** Shard database {@code i} as {@code host:port/oc_ds_i}, comma-separated in shard order. */
    public String mysqlShards() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < mariadbPorts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(base.bindHost())
                    .append(':')
                    .append(mariadbPorts.get(i))
                    .append('/')
                    .append(base.databases().get(i));
        }
        return out.toString();
    }

    /** {@code http://host:port} of each of {@code ports}, comma-separated. */
    public String urls(List<Integer> ports) {
        return join(ports, "http://" + base.bindHost() + ":", "");
    }

    public String url(int port) {
        return "http://" + base.bindHost() + ":" + port;
    }

    private static String join(List<Integer> ports, String prefix, String suffix) {
        return String.join(",", ports.stream().map(p -> prefix + p + suffix).toList());
    }

    private static List<Integer> step(int first, int step, int count) {
        return IntStream.range(0, count).mapToObj(i -> first + i * step).toList();
    }

    private static List<Integer> some(IntSupplier free, int count) {
        return IntStream.range(0, count).mapToObj(i -> free.getAsInt()).toList();
    }
}
