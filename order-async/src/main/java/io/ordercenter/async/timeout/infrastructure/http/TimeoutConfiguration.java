package io.ordercenter.async.timeout.infrastructure.http;

import io.ordercenter.async.order.application.Orders;
import io.ordercenter.async.platform.http.HttpDependencies;
import io.ordercenter.async.platform.security.SystemTokens;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeout.application.ReservationSweepHandler;
import io.ordercenter.async.timeout.application.Reservations;
import io.ordercenter.async.timeout.application.TradeOrders;
import io.ordercenter.async.timeout.application.UnpaidTimeoutHandler;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unpaid-timeout and reservation-sweep handlers with their HTTP adapters. */
@Configuration(proxyBeanMethods = false)
public class TimeoutConfiguration {

    @Bean
    TradeOrders tradeOrders(HttpDependencies dependencies, SystemTokens tokens) {
        return new HttpTradeOrders(dependencies.trade(), tokens);
    }

    @Bean
    Reservations reservations(HttpDependencies dependencies) {
        return new HttpReservations(dependencies.inventory(), dependencies.coupon());
    }

    @Bean
    UnpaidTimeoutHandler unpaidTimeoutHandler(Orders orders, TradeOrders trade, Timelines timelines, Clock clock) {
        return new UnpaidTimeoutHandler(orders, trade, timelines, clock);
    }

    @Bean
    ReservationSweepHandler reservationSweepHandler(
            Orders orders, Reservations reservations, Timelines timelines, Clock clock) {
        return new ReservationSweepHandler(orders, reservations, timelines, clock);
    }
}
