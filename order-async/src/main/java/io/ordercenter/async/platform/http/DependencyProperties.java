package io.ordercenter.async.platform.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the HTTP dependencies are, {@code ordercenter.dependencies.*}.
 *
 * @param simulatorUrl base URL of the push, coupon, inventory and payment services (the dependency
 *     simulator in local and test runs; default {@code http://127.0.0.1:8090})
 * @param tradeUrl base URL of order-trade (default {@code http://127.0.0.1:8081})
 * @param connectTimeout TCP connect timeout (default 1 s)
 * @param readTimeout response timeout (default 3 s); the dependency's time limit bounds the whole call
 */
@ConfigurationProperties("ordercenter.dependencies")
public record DependencyProperties(
        String simulatorUrl, String tradeUrl, Duration connectTimeout, Duration readTimeout) {

    public DependencyProperties {
        simulatorUrl = simulatorUrl == null || simulatorUrl.isBlank() ? "http://127.0.0.1:8090" : simulatorUrl;
        tradeUrl = tradeUrl == null || tradeUrl.isBlank() ? "http://127.0.0.1:8081" : tradeUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
    }
}
