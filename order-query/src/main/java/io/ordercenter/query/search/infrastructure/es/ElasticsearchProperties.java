package io.ordercenter.query.search.infrastructure.es;

import java.time.Duration;
import java.util.List;
import org.apache.http.HttpHost;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Elasticsearch is, {@code ordercenter.elasticsearch.*}.
 *
 * @param urls the nodes' base URLs, {@code http://host:port}; the client spreads requests over them
 *     and skips a node that fails
 * @param connectTimeout TCP connect timeout (default 500 ms)
 * @param socketTimeout read timeout, the last resort against a hung node (default 5 s); callers
 *     wait at most the guard's time limit ({@code resilience4j.timelimiter.instances.elasticsearch})
 * @param maxConnections connections to the cluster (default 32)
 */
@ConfigurationProperties("ordercenter.elasticsearch")
public record ElasticsearchProperties(
        List<String> urls, Duration connectTimeout, Duration socketTimeout, Integer maxConnections) {

    public ElasticsearchProperties {
        urls = urls == null ? List.of() : List.copyOf(urls);
        connectTimeout = connectTimeout == null ? Duration.ofMillis(500) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(5) : socketTimeout;
        maxConnections = maxConnections == null ? 32 : maxConnections;
    }

    /** The nodes as the REST client wants them. */
    public HttpHost[] hosts() {
        if (urls.isEmpty()) {
            throw new IllegalStateException("Set ordercenter.elasticsearch.urls (OC_ELASTICSEARCH_URLS)");
        }
        return urls.stream().map(String::trim).map(HttpHost::create).toArray(HttpHost[]::new);
    }
}
