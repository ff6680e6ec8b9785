package io.ordercenter.deploy.testkit;

import java.util.List;

/**
 * Where the servers of a running stack listen. Written by the launcher, read by tests and the
 * services' start scripts.
 *
 * @param mysqlHost host of the MariaDB/MySQL server (always 127.0.0.1 for the embedded stack)
 * @param mysqlPort its port
 * @param mysqlUser user with rights on every shard database
 * @param mysqlPassword its password (empty for the embedded stack)
 * @param databases the four shard databases, in shard-group order (ds_0 .. ds_3)
 * @param redisHost Redis host
 * @param redisPort Redis port
 * @param kafkaBootstrap Kafka bootstrap servers, {@code host:port}
 * @param elasticsearchUrl Elasticsearch base URL, {@code http://host:port}
 */
public record StackEndpoints(
        String mysqlHost,
        int mysqlPort,
        String mysqlUser,
        String mysqlPassword,
        List<String> databases,
        String redisHost,
        int redisPort,
        String kafkaBootstrap,
        String elasticsearchUrl) {

    public StackEndpoints {
        databases = List.copyOf(databases);
    }

    /** The four shard databases as {@code OC_MYSQL_SHARDS} names them: {@code host:port/database,…}. */
    public String mysqlShards() {
        return String.join(
                ",",
                databases.stream()
                        .map(db -> mysqlHost + ":" + mysqlPort + "/" + db)
                        .toList());
    }

    /** JDBC URL of shard database {@code index} (0..3), MariaDB driver syntax. */
    public String jdbcUrl(int index) {
        return "jdbc:mariadb://" + mysqlHost + ":" + mysqlPort + "/" + databases.get(index);
    }
}
