package io.ordercenter.gateway.balancing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/** The instances of one service as configured (no discovery server): one per base URL. */
final class StaticInstances implements ServiceInstanceListSupplier {

    private final String serviceId;
    private final List<ServiceInstance> instances;

    StaticInstances(String serviceId, List<URI> urls) {
        this.serviceId = serviceId;
        List<ServiceInstance> list = new ArrayList<>();
        for (URI url : urls) {
            boolean secure = "https".equals(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : (secure ? 443 : 80);
            list.add(new DefaultServiceInstance(
                    serviceId + "@" + url.getHost() + ":" + port, serviceId, url.getHost(), port, secure));
        }
        this.instances = List.copyOf(list);
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.just(instances);
    }
}
