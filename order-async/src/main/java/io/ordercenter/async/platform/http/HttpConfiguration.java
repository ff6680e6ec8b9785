package io.ordercenter.async.platform.http;

import io.ordercenter.async.platform.resilience.Dependencies;
import io.ordercenter.platform.resilience.DependencyGuards;
import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.RetryLoadBalancerInterceptor;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * One {@link HttpDependency} per HTTP dependency, each with its own guard, on one shared HTTP client.
 * order-trade is called through Spring Cloud LoadBalancer over its instances ({@link
 * TradeInstances}), round robin, with one retry on another instance when a call fails on the
 * connection (refused, reset, timed out): the internal endpoints order-async calls are idempotent
 * (expire, refund succeeded), so a repeat is harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DependencyProperties.class)
@LoadBalancerClient(name = TradeInstances.SERVICE_ID, configuration = TradeInstances.class)
public class HttpConfiguration {

    @Bean
    HttpDependencies httpDependencies(
            RestClient.Builder builder,
            DependencyProperties properties,
            DependencyGuards guards,
            RetryLoadBalancerInterceptor loadBalancer) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        RestClient simulator = builder.clone()
                .baseUrl(properties.simulatorUrl())
                .requestFactory(factory)
                .build();
        RestClient trade = builder.clone()
                .baseUrl("http://" + TradeInstances.SERVICE_ID)
                .requestFactory(factory)
                .requestInterceptor(loadBalancer)
                .build();
        return new HttpDependencies(
                new HttpDependency(Dependencies.PUSH, simulator, guards.guard(Dependencies.PUSH)),
                new HttpDependency(Dependencies.COUPON, simulator, guards.guard(Dependencies.COUPON)),
                new HttpDependency(Dependencies.INVENTORY, simulator, guards.guard(Dependencies.INVENTORY)),
                new HttpDependency(Dependencies.PAYMENT, simulator, guards.guard(Dependencies.PAYMENT)),
                new HttpDependency(Dependencies.TRADE, trade, guards.guard(Dependencies.TRADE)));
    }
}
