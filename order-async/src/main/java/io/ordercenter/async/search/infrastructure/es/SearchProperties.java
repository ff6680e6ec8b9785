package io.ordercenter.async.search.infrastructure.es;

import java.time.Duration;
import java.util.List;
import org.apache.http.HttpHost;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search index's connection and shape, {@code ordercenter.search.*}.
 *
 * @param urls Elasticsearch nodes, base URLs (default {@code http://127.0.0.1:19200}); the client
 *     spreads requests over them and skips a node that fails
 * @param connectTimeout TCP connect timeout (default 1 s)
 * @param socketTimeout response timeout (default 10 s; a bulk of a full batch must fit)
 * @param shards primary shards of the order index when it is created (default 1)
 * @param replicas replicas of the order index (default 0; a dynamic setting, applied at start-up
 *     to an index that already exists)
 */
@ConfigurationProperties("ordercenter.search")
public record SearchProperties(
        List<String> urls, Duration connectTimeout, Duration socketTimeout, Integer shards, Integer replicas) {

    public SearchProperties {
        urls = urls == null || urls.isEmpty() ? List.of("http://127.0.0.1:19200") : List.copyOf(urls);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(10) : socketTimeout;
        shards = shards == null ? 1 : shards;
        replicas = replicas == null ? 0 : replicas;
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("ordercenter.search needs shards >= 1 and replicas >= 0");
        }
    }

    /** The nodes as the REST client wants them. */
    public HttpHost[] hosts() {
        return urls.stream().map(String::trim).map(HttpHost::create).toArray(HttpHost[]::new);
    }
}
