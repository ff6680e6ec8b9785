package io.ordercenter.gateway.routing;

import java.net.URI;
import java.util.List;

/** The services behind the gateway, by the load balancer's service id. */
public enum Upstream {
    TRADE("order-trade"),
    QUERY("order-query"),
    ASYNC("order-async");

    private final String serviceId;

    Upstream(String serviceId) {
        this.serviceId = serviceId;
    }

    public String serviceId() {
        return serviceId;
    }

    public List<URI> urls(UpstreamProperties properties) {
        return switch (this) {
            case TRADE -> properties.trade();
            case QUERY -> properties.query();
            case ASYNC -> properties.async();
        };
    }

    public static Upstream of(String serviceId) {
        for (Upstream upstream : values()) {
            if (upstream.serviceId.equals(serviceId)) {
                return upstream;
            }
        }
        throw new IllegalArgumentException("no upstream service " + serviceId);
    }
}
