package io.ordercenter.gateway.balancing;

import io.ordercenter.gateway.retry.RetryOnAnotherInstance;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * Leaves out the instances a request has already failed on (named in its {@link #TRIED} attribute,
 * {@code host:port}), so that a repeated attempt goes to another instance; when every instance has
 * been tried, all are offered again.
 */
final class AvoidTriedInstances extends DelegatingServiceInstanceListSupplier {

    /** Request attribute: the {@code Set<String>} of {@code host:port} this request has failed on. */
    public static final String TRIED = RetryOnAnotherInstance.TRIED;

    AvoidTriedInstances(ServiceInstanceListSupplier delegate) {
        super(delegate);
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return delegate.get();
    }

    @Override
    public Flux<List<ServiceInstance>> get(Request request) {
        Set<String> tried = tried(request);
        if (tried.isEmpty()) {
            return delegate.get(request);
        }
        return delegate.get(request).map(instances -> without(instances, tried));
    }

    static List<ServiceInstance> without(List<ServiceInstance> instances, Set<String> tried) {
        List<ServiceInstance> untried = instances.stream()
                .filter(instance -> !tried.contains(key(instance)))
                .toList();
        return untried.isEmpty() ? instances : untried;
    }

    static String key(ServiceInstance instance) {
        return instance.getHost() + ":" + instance.getPort();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> tried(Request request) {
        if (request != null && request.getContext() instanceof RequestDataContext context) {
            Map<String, Object> attributes = context.getClientRequest().getAttributes();
            if (attributes != null && attributes.get(TRIED) instanceof Set<?> set) {
                return (Set<String>) set;
            }
        }
        return Set.of();
    }
}
