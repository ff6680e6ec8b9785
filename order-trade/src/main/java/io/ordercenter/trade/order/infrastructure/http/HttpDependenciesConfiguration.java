package io.ordercenter.trade.order.infrastructure.http;

import io.ordercenter.platform.resilience.DependencyGuards;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.CouponApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.InventoryApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.MenuApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.PaymentApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.ShopApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.UserApi;
import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * One HTTP client per dependency (own connection settings and read timeout), each used through its
 * own {@link io.ordercenter.platform.resilience.DependencyGuard}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DependencyProperties.class)
public class HttpDependenciesConfiguration {

    @Bean
    HttpCatalog catalog(DependencyProperties properties, DependencyGuards guards) {
        return new HttpCatalog(
                client(properties, "shop", ShopApi.class),
                client(properties, "menu", MenuApi.class),
                client(properties, "user", UserApi.class),
                guards.guard("shop"),
                guards.guard("menu"),
                guards.guard("user"));
    }

    @Bean
    HttpReservations reservations(DependencyProperties properties, DependencyGuards guards) {
        return new HttpReservations(
                client(properties, "inventory", InventoryApi.class),
                client(properties, "coupon", CouponApi.class),
                guards.guard("inventory"),
                guards.guard("coupon"));
    }

    @Bean
    HttpPaymentChannel paymentChannel(DependencyProperties properties, DependencyGuards guards) {
        return new HttpPaymentChannel(
                client(properties, "payment", PaymentApi.class),
                guards.guard("payment"),
                properties.paymentCallbackUrl());
    }

    private static <T> T client(DependencyProperties properties, String name, Class<T> api) {
        DependencyProperties.Endpoint endpoint = properties.endpoint(name);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(endpoint.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(endpoint.readTimeout());
        RestClient rest = RestClient.builder()
                .baseUrl(endpoint.url())
                .requestFactory(factory)
                // 4xx are business answers the adapters read; 5xx still throw
                .defaultStatusHandler(status -> status.is4xxClientError(), (request, response) -> {})
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
                .build()
                .createClient(api);
    }
}
