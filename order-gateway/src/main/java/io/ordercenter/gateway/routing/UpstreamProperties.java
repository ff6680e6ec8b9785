package io.ordercenter.gateway.routing;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.gateway.upstreams.*}: the base URLs of every instance of each service
 * ({@code OC_TRADE_URLS}, {@code OC_QUERY_URLS}, {@code OC_ASYNC_URLS}, comma-separated).
 */
@ConfigurationProperties("ordercenter.gateway.upstreams")
public record UpstreamProperties(List<URI> trade, List<URI> query, List<URI> async) {

    public UpstreamProperties {
        trade = checked("trade", trade);
        query = checked("query", query);
        async = checked("async", async);
    }

    private static List<URI> checked(String name, List<URI> urls) {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("ordercenter.gateway.upstreams." + name + " names no instance");
        }
        for (URI url : urls) {
            if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException(
                        "ordercenter.gateway.upstreams." + name + ": " + url + " is not an http(s) base URL");
            }
        }
        return List.copyOf(urls);
    }
}
