package io.ordercenter.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import io.ordercenter.gateway.retry.RetryOnAnotherInstance;
import io.ordercenter.gateway.retry.RetryProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Every public path of API.md, by method, to the service that owns it: writes and the payment
 * callback to order-trade, reads to order-query, the reconciliation report to order-async. Anything
 * else is a 404. On every route, outermost first: problem answers ({@link EdgeProblems}), the
 * repeat on another instance ({@link RetryOnAnotherInstance}), the choice of instance (Spring Cloud
 * LoadBalancer), the proxied call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetryProperties.class)
public class RoutesConfiguration {

    /** order-trade's transitions and starts, {@code POST /api/v1/orders/{orderId}/<action>}. */
    static final List<String> ORDER_ACTIONS = List.of(
            "payments", "cancel", "accept", "reject", "ready", "assignment", "pickup", "deliver", "confirm", "refunds");

    /** order-query's reads. */
    static final List<String> READS = List.of(
            "/api/v1/orders/{orderId}",
            "/api/v1/orders/{orderId}/timeline",
            "/api/v1/orders/{orderId}/diagnosis",
            "/api/v1/users/{userId}/orders",
            "/api/v1/users/{userId}/stats",
            "/api/v1/shops/{shopId}/orders",
            "/api/v1/search/orders");

    static final String RECONCILIATION = "/api/v1/admin/reconciliation";

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    @Bean
    RouterFunction<ServerResponse> publicRoutes(RetryProperties retry) {
        EdgeProblems problems = new EdgeProblems(RETRY_AFTER);

        RouterFunctions.Builder writes = route("order-trade").POST("/api/v1/orders", http());
        for (String action : ORDER_ACTIONS) {
            writes.POST("/api/v1/orders/{orderId}/" + action, http());
        }
        RouterFunction<ServerResponse> trade = writes.filter(problems)
                .filter(new RetryOnAnotherInstance(retry, false))
                .filter(lb(Upstream.TRADE.serviceId()))
                .build();

        RouterFunction<ServerResponse> callback = route("payment-callback")
                .POST(PublicPaths.PAYMENT_CALLBACK, http())
                .filter(problems)
                .filter(new RetryOnAnotherInstance(retry, true))
                .filter(lb(Upstream.TRADE.serviceId()))
                .build();

        RouterFunctions.Builder reads = route("order-query");
        for (String path : READS) {
            reads.GET(path, http());
        }
        RouterFunction<ServerResponse> query = reads.filter(problems)
                .filter(new RetryOnAnotherInstance(retry, false))
                .filter(lb(Upstream.QUERY.serviceId()))
                .build();

        RouterFunction<ServerResponse> async = route("order-async")
                .GET(RECONCILIATION, http())
                .POST(RECONCILIATION, http())
                .filter(problems)
                .filter(new RetryOnAnotherInstance(retry, false))
                .filter(lb(Upstream.ASYNC.serviceId()))
                .build();

        RouterFunction<ServerResponse> unknown = route("not-found")
                .route(RequestPredicates.all(), EdgeProblems::notFound)
                .build();

        return trade.and(callback).and(query).and(async).and(unknown);
    }
}
