package io.ordercenter.async.search.infrastructure.es;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search index's connection, {@code ordercenter.search.*}.
 *
 * @param url Elasticsearch base URL (default {@code http://127.0.0.1:19200})
 * @param connectTimeout TCP connect timeout (default 1 s)
 * @param socketTimeout response timeout (default 10 s; a bulk of a full batch must fit)
 */
@ConfigurationProperties("ordercenter.search")
public record SearchProperties(String url, Duration connectTimeout, Duration socketTimeout) {

    public SearchProperties {
        url = url == null || url.isBlank() ? "http://127.0.0.1:19200" : url;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(10) : socketTimeout;
    }
}
