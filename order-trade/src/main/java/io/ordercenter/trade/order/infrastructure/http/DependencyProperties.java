package io.ordercenter.trade.order.infrastructure.http;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each dependency lives and how long one HTTP exchange with it may take
 * ({@code ordercenter.dependencies.<name>.url|read-timeout}); names: shop, menu, user, inventory,
 * coupon, payment. The time limit of the whole call is resilience4j's, per the same name.
 *
 * @param paymentCallbackUrl the URL the payment channel calls back with the signed result
 */
@ConfigurationProperties("ordercenter.dependencies")
public record DependencyProperties(Map<String, Endpoint> services, String paymentCallbackUrl) {

    public record Endpoint(String url, Duration connectTimeout, Duration readTimeout) {
        public Endpoint {
            connectTimeout = connectTimeout == null ? Duration.ofMillis(300) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(1) : readTimeout;
        }
    }

    public Endpoint endpoint(String name) {
        Endpoint endpoint = services == null ? null : services.get(name);
        if (endpoint == null || endpoint.url() == null) {
            throw new IllegalStateException("ordercenter.dependencies.services." + name + ".url is not set");
        }
        return endpoint;
    }
}
