package io.ordercenter.async.platform.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the HTTP dependencies are, {@code ordercenter.dependencies.*}.
 *
 * @param simulatorUrl base URL of the push, coupon, inventory and payment services (the dependency
 *     simulator in local and test runs; default {@code http://127.0.0.1:8090})
 * @param tradeUrls base URLs of the order-trade instances ({@code OC_TRADE_URLS}, comma-separated;
 *     default {@code http://127.0.0.1:8081}); calls are load-balanced over them
 * @param connectTimeout TCP connect timeout (default 1 s)
 * @param readTimeout response timeout (default 3 s); the dependency's time limit bounds the whole call
 */
@ConfigurationProperties("ordercenter.dependencies")
public record DependencyProperties(
        String simulatorUrl, List<String> tradeUrls, Duration connectTimeout, Duration readTimeout) {

    public DependencyProperties {
        simulatorUrl = simulatorUrl == null || simulatorUrl.isBlank() ? "http://127.0.0.1:8090" : simulatorUrl;
        tradeUrls = tradeUrls == null
                ? List.of()
                : tradeUrls.stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
        tradeUrls = tradeUrls.isEmpty() ? List.of("http://127.0.0.1:8081") : tradeUrls;
        for (String url : tradeUrls) {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new IllegalArgumentException(
                        "ordercenter.dependencies.trade-urls (OC_TRADE_URLS): not a base URL: " + url);
            }
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
    }
}
