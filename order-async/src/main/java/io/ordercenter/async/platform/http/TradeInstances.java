package io.ordercenter.async.platform.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.RetryAwareServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import org.springframework.context.annotation.Bean;

/**
 * The load balancer's view of {@value #SERVICE_ID}: the fixed instances of {@code
 * ordercenter.dependencies.trade-urls}, and on a retry the instances other than the one that just
 * failed. Loaded by Spring Cloud LoadBalancer into the client's own child context (so deliberately
 * not a {@code @Configuration} that component scanning would pick up).
 */
public class TradeInstances {

    public static final String SERVICE_ID = "order-trade";

    @Bean
    ServiceInstanceListSupplier tradeInstanceListSupplier(DependencyProperties properties) {
        return new RetryAwareServiceInstanceListSupplier(
                ServiceInstanceListSuppliers.from(SERVICE_ID, instances(properties.tradeUrls())));
    }

    static ServiceInstance[] instances(List<String> urls) {
        List<ServiceInstance> instances = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            URI uri = URI.create(urls.get(i));
            boolean secure = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
            instances.add(
                    new DefaultServiceInstance(SERVICE_ID + "-" + (i + 1), SERVICE_ID, uri.getHost(), port, secure));
        }
        return instances.toArray(ServiceInstance[]::new);
    }
}
