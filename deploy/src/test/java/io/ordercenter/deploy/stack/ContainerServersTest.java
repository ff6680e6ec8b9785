package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;

/** The container definitions, checked without a Docker engine: nothing here starts a container. */
class ContainerServersTest {

    private final StackSettings settings = LocalStackSettings.auto(
                    Path.of("/tmp/oc-home"), Path.of("/tmp/oc-dist"), true, -1)
            .withRuntime(ServerRuntime.CONTAINERS);
    private final Map<String, String> images = ContainerServers.images();

    @Test
    void images_are_pinned_by_the_build_to_the_versions_of_the_embedded_servers() {
        assertThat(images).containsOnlyKeys("mysql", "redis", "kafka", "elasticsearch");
        assertThat(images.values())
                .allSatisfy(image -> assertThat(image).doesNotContain("${").contains(":"));
        assertThat(images.get("mysql")).startsWith("mysql:8.");
        assertThat(images.get("kafka")).matches("apache/kafka:4\\.\\d+\\.\\d+");
        assertThat(images.get("elasticsearch"))
                .matches("docker\\.elastic\\.co/elasticsearch/elasticsearch:8\\.19\\.\\d+");
    }

    @Test
    void every_container_is_published_on_loopback_at_the_port_of_the_settings_and_nowhere_else() {
        assertThat(ContainerServers.mysql(settings, images.get("mysql")))
                .satisfies(c -> assertPublishedOnly(c, settings.mariadbPort(), 3306));
        assertThat(ContainerServers.redis(settings, images.get("redis")))
                .satisfies(c -> assertPublishedOnly(c, settings.redisPort(), 6379));
        assertThat(ContainerServers.kafka(settings, images.get("kafka")))
                .satisfies(c -> assertPublishedOnly(c, settings.kafkaPort(), 9092));
        assertThat(ContainerServers.elasticsearch(settings, images.get("elasticsearch")))
                .satisfies(c -> assertPublishedOnly(c, settings.elasticsearchPort(), 9200));
    }

    private static void assertPublishedOnly(GenericContainer<?> container, int hostPort, int containerPort) {
        assertThat(container.getPortBindings()).containsExactly("127.0.0.1:" + hostPort + ":" + containerPort + "/tcp");
        assertThat(container.getExposedPorts())
                .as("exposed ports get random bindings on every interface")
                .isEmpty();
    }

    @Test
    void the_servers_are_addressed_by_role_like_the_embedded_ones() {
        assertThat(ContainerServers.of(settings))
                .extracting(ManagedServer::role)
                .containsExactly("database", "redis", "kafka", "elasticsearch");
        assertThat(ContainerServers.of(settings))
                .extracting(ManagedServer::address)
                .contains("127.0.0.1:" + settings.mariadbPort(), "http://127.0.0.1:" + settings.elasticsearchPort());
    }

    @Test
    void
            mysql_creates_the_application_user_with_a_password_scheme_the_mariadb_driver_speaks_and_every_shard_database() {
        GenericContainer<?> mysql = ContainerServers.mysql(settings, images.get("mysql"));
        String init = ContainerServers.mysqlInit(settings);

        assertThat(mysql.getCommandParts()).contains("--mysql-native-password=ON");
        assertThat(init).contains("'ordercenter'@'%' IDENTIFIED WITH mysql_native_password BY 'ordercenter'");
        for (String database : settings.databases()) {
            assertThat(init)
                    .contains("CREATE DATABASE IF NOT EXISTS `" + database
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
                    .contains("GRANT ALL PRIVILEGES ON `" + database + "`.* TO 'ordercenter'@'%'");
        }
    }

    @Test
    void redis_keeps_an_append_only_file_writes_no_dumps_and_evicts_only_expiring_keys() {
        List<String> command = Arrays.asList(
                ContainerServers.redis(settings, images.get("redis")).getCommandParts());

        assertThat(command).startsWith("redis-server", "--save", "");
        assertThat(String.join(" ", command)).contains("--appendonly yes").contains("--maxmemory-policy volatile-lru");
    }

    @Test
    void kafka_advertises_the_published_port_and_gets_the_embedded_brokers_settings() {
        Map<String, String> env =
                ContainerServers.kafka(settings, images.get("kafka")).getEnvMap();

        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS"))
                .startsWith("PLAINTEXT://127.0.0.1:" + settings.kafkaPort() + ",");
        assertThat(env)
                .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        assertThat(env.keySet().stream().filter(k -> k.startsWith("KAFKA_") && !k.equals("KAFKA_HEAP_OPTS")))
                .hasSizeGreaterThanOrEqualTo(KafkaBroker.SETTINGS.size() + 8);
    }

    @Test
    void kafka_properties_map_to_the_images_environment_names_and_odd_ones_are_refused() {
        assertThat(ContainerServers.kafkaEnv("log.segment.bytes")).isEqualTo("KAFKA_LOG_SEGMENT_BYTES");
        assertThatThrownBy(() -> ContainerServers.kafkaEnv("some_property"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elasticsearch_runs_single_node_without_security_like_the_embedded_node() {
        Map<String, String> env = ContainerServers.elasticsearch(settings, images.get("elasticsearch"))
                .getEnvMap();

        assertThat(env)
                .containsEntry("discovery.type", "single-node")
                .containsEntry("xpack.security.enabled", "false")
                .containsEntry("ingest.geoip.downloader.enabled", "false")
                .containsEntry("ES_JAVA_OPTS", ElasticsearchNode.HEAP);
    }
}
