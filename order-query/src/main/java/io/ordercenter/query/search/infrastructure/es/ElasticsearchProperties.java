package io.ordercenter.query.search.infrastructure.es;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Elasticsearch is, {@code ordercenter.elasticsearch.*}.
 *
 * @param url base URL, {@code http://host:port}
 * @param connectTimeout TCP connect timeout (default 500 ms)
 * @param socketTimeout read timeout, the last resort against a hung node (default 5 s); callers
 *     wait at most the guard's time limit ({@code resilience4j.timelimiter.instances.elasticsearch})
 * @param maxConnections connections to the cluster (default 32)
 */
@ConfigurationProperties("ordercenter.elasticsearch")
public record ElasticsearchProperties(
        String url, Duration connectTimeout, Duration socketTimeout, Integer maxConnections) {

    public ElasticsearchProperties {
        connectTimeout = connectTimeout == null ? Duration.ofMillis(500) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(5) : socketTimeout;
        maxConnections = maxConnections == null ? 32 : maxConnections;
    }
}
