package io.ordercenter.gateway.balancing;

import io.ordercenter.gateway.routing.Upstream;
import io.ordercenter.gateway.routing.UpstreamProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The instance list of one service, in the load balancer's child context of that service (so
 * deliberately not a {@code @Configuration} the component scan would put in the main context): the
 * configured URLs, health-checked ({@code spring.cloud.loadbalancer.health-check.*}: path and
 * interval) so that a dead instance leaves the rotation within one interval, and without the
 * instances the current request already failed on.
 */
public class UpstreamInstancesConfiguration {

    private static final Duration HEALTH_CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration HEALTH_READ_TIMEOUT = Duration.ofSeconds(1);

    @Bean
    ServiceInstanceListSupplier upstreamInstances(
            ConfigurableApplicationContext context, Environment environment, UpstreamProperties upstreams) {
        String serviceId = environment.getRequiredProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        Upstream upstream = Upstream.of(serviceId);
        return ServiceInstanceListSupplier.builder()
                .withBase(new StaticInstances(serviceId, upstream.urls(upstreams)))
                .withBlockingHealthChecks(healthClient())
                .with((ctx, delegate) -> new AvoidTriedInstances(delegate))
                .build(context);
    }

    /** Short timeouts: the checks run one after another, and a hanging instance must not stall them. */
    private static RestClient healthClient() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(HEALTH_CONNECT_TIMEOUT).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(HEALTH_READ_TIMEOUT);
        return RestClient.builder().requestFactory(factory).build();
    }
}
