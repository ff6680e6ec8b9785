package io.ordercenter.async.refund.infrastructure.http;

import io.ordercenter.async.order.application.Orders;
import io.ordercenter.async.platform.http.HttpDependencies;
import io.ordercenter.async.platform.security.SystemTokens;
import io.ordercenter.async.refund.application.RefundChannel;
import io.ordercenter.async.refund.application.RefundRetryHandler;
import io.ordercenter.async.refund.application.TradeRefunds;
import io.ordercenter.async.timeline.application.Timelines;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The refund-retry handler with its HTTP adapters. */
@Configuration(proxyBeanMethods = false)
public class RefundConfiguration {

    @Bean
    RefundChannel refundChannel(HttpDependencies dependencies) {
        return new HttpRefundChannel(dependencies.payment());
    }

    @Bean
    TradeRefunds tradeRefunds(HttpDependencies dependencies, SystemTokens tokens) {
        return new HttpTradeRefunds(dependencies.trade(), tokens);
    }

    @Bean
    RefundRetryHandler refundRetryHandler(
            Orders orders, RefundChannel channel, TradeRefunds trade, Timelines timelines, Clock clock) {
        return new RefundRetryHandler(orders, channel, trade, timelines, clock);
    }
}
