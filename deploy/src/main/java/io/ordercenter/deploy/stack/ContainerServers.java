package io.ordercenter.deploy.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The containers runtime: MySQL 8, Redis, Kafka and Elasticsearch images started through
 * Testcontainers, each published on 127.0.0.1 at the port the stack settings give (never on every
 * interface, Docker's default) and configured like its embedded twin.
 *
 * <p>Image versions come from {@code container-images.properties}, which the build fills from the
 * same version properties the embedded servers and the clients use.
 */
final class ContainerServers {

    static final String MYSQL_ROOT_PASSWORD = "ordercenter-root";
    private static final String LABEL = "io.ordercenter.stack";

    private ContainerServers() {}

    static List<ManagedServer> of(StackSettings settings) {
        Map<String, String> images = images();
        String host = settings.bindHost();
        List<ManagedServer> servers = new ArrayList<>();
        servers.add(new ContainerServer(
                "mysql",
                MariaDbServer.ROLE,
                host + ":" + settings.mariadbPort(),
                () -> mysql(settings, images.get("mysql")),
                () -> ServerProbes.sqlAnswers(
                        "jdbc:mariadb://" + host + ":" + settings.mariadbPort() + "/"
                                + settings.databases().get(0),
                        MariaDbServer.USER,
                        MariaDbServer.PASSWORD),
                () -> {},
                Duration.ofMinutes(3),
                settings.dir("mysql").resolve("container.log")));
        servers.add(new ContainerServer(
                "redis",
                "redis",
                host + ":" + settings.redisPort(),
                () -> redis(settings, images.get("redis")),
                () -> ServerProbes.redisAnswers(host, settings.redisPort()),
                () -> {},
                Duration.ofMinutes(1),
                settings.dir("redis").resolve("container.log")));
        String bootstrap = host + ":" + settings.kafkaPort();
        servers.add(new ContainerServer(
                "kafka",
                "kafka",
                bootstrap,
                () -> kafka(settings, images.get("kafka")),
                () -> KafkaTopics.answers(bootstrap),
                () -> KafkaTopics.createAndAwait(bootstrap, Duration.ofMinutes(2)),
                Duration.ofMinutes(2),
                settings.dir("kafka").resolve("container.log")));
        String elasticsearch = "http://" + host + ":" + settings.elasticsearchPort();
        servers.add(new ContainerServer(
                "elasticsearch",
                "elasticsearch",
                elasticsearch,
                () -> elasticsearch(settings, images.get("elasticsearch")),
                () -> ServerProbes.elasticsearchHealthy(elasticsearch),
                () -> {},
                Duration.ofMinutes(3),
                settings.dir("elasticsearch").resolve("container.log")));
        return servers;
    }

    static GenericContainer<?> mysql(StackSettings settings, String image) {
        return container(settings, image, settings.mariadbPort(), 3306)
                .withEnv("MYSQL_ROOT_PASSWORD", MYSQL_ROOT_PASSWORD)
                .withCopyToContainer(
                        Transferable.of(mysqlInit(settings)), "/docker-entrypoint-initdb.d/10-ordercenter.sql")
                .withCommand(
                        "--mysql-native-password=ON",
                        "--max-connections=600",
                        "--innodb-buffer-pool-size=512M",
                        "--character-set-server=utf8mb4",
                        "--collation-server=utf8mb4_bin",
                        "--skip-name-resolve");
    }

    /** Run once by the image's entrypoint on a new data dir: the application user and the shard databases. */
    static String mysqlInit(StackSettings settings) {
        StringBuilder init = new StringBuilder();
        // mysql_native_password: MariaDB Connector/J cannot do caching_sha2_password's full
        // authentication over a plain connection without fetching the server's RSA key
        init.append("CREATE USER '")
                .append(MariaDbServer.USER)
                .append("'@'%' IDENTIFIED WITH mysql_native_password BY '")
                .append(MariaDbServer.PASSWORD)
                .append("';\n");
        for (String database : settings.databases()) {
            init.append("CREATE DATABASE IF NOT EXISTS `")
                    .append(database)
                    .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;\n");
            init.append("GRANT ALL PRIVILEGES ON `")
                    .append(database)
                    .append("`.* TO '")
                    .append(MariaDbServer.USER)
                    .append("'@'%';\n");
        }
        return init.toString();
    }

    static GenericContainer<?> redis(StackSettings settings, String image) {
        List<String> command = new ArrayList<>(List.of("redis-server", "--save", ""));
        RedisNode.SETTINGS.forEach((key, value) -> command.addAll(List.of("--" + key, value)));
        return container(settings, image, settings.redisPort(), 6379).withCommand(command.toArray(String[]::new));
    }

    /**
     * KRaft, one node. Clients reach it through the published port, so that is what the PLAINTEXT
     * listener advertises; the node talks to itself over listeners that only exist inside the
     * container.
     */
    static GenericContainer<?> kafka(StackSettings settings, String image) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_NODE_ID", "1");
        env.put("KAFKA_PROCESS_ROLES", "broker,controller");
        env.put("KAFKA_LISTENERS", "PLAINTEXT://:9092,BROKER://:9094,CONTROLLER://:9093");
        env.put(
                "KAFKA_ADVERTISED_LISTENERS",
                "PLAINTEXT://" + settings.bindHost() + ":" + settings.kafkaPort() + ",BROKER://localhost:9094");
        env.put("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,BROKER:PLAINTEXT,CONTROLLER:PLAINTEXT");
        env.put("KAFKA_INTER_BROKER_LISTENER_NAME", "BROKER");
        env.put("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER");
        env.put("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093");
        env.put("KAFKA_HEAP_OPTS", "-Xms256m -Xmx768m");
        KafkaBroker.SETTINGS.forEach((key, value) -> env.put(kafkaEnv(key), value));
        return container(settings, image, settings.kafkaPort(), 9092).withEnv(env);
    }

    /** The apache/kafka image turns {@code KAFKA_A_B} into property {@code a.b}. */
    static String kafkaEnv(String property) {
        if (property.contains("_") || property.contains("-")) {
            throw new IllegalArgumentException("no plain environment name for kafka property " + property);
        }
        return "KAFKA_" + property.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    static GenericContainer<?> elasticsearch(StackSettings settings, String image) {
        GenericContainer<?> container = container(settings, image, settings.elasticsearchPort(), 9200)
                .withEnv("ES_JAVA_OPTS", ElasticsearchNode.HEAP)
                // no internet on the build machines, and nothing here needs GeoIP or ML
                .withEnv("ingest.geoip.downloader.enabled", "false")
                .withEnv("xpack.ml.enabled", "false");
        ElasticsearchNode.SETTINGS.forEach(container::withEnv);
        return container;
    }

    private static GenericContainer<?> container(StackSettings settings, String image, int hostPort, int port) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image));
        // published on loopback only; no random ports (those would bind every interface)
        container.setPortBindings(List.of(settings.bindHost() + ":" + hostPort + ":" + port));
        return container.withLabel(LABEL, settings.home().toString());
    }

    static Map<String, String> images() {
        Properties properties = new Properties();
        try (InputStream in = ContainerServers.class.getResourceAsStream("container-images.properties")) {
            if (in == null) {
                throw new IllegalStateException("container-images.properties is missing from the deploy jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> images = new LinkedHashMap<>();
        for (String server : List.of("mysql", "redis", "kafka", "elasticsearch")) {
            String image = properties.getProperty(server);
            if (image == null || image.contains("${")) {
                throw new IllegalStateException("no image for " + server + " in container-images.properties: " + image);
            }
            images.put(server, image);
        }
        return images;
    }
}
