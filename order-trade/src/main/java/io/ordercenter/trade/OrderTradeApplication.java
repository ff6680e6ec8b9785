package io.ordercenter.trade;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** order-trade: the write side of Order Center (port 8081). */
@SpringBootApplication
public class OrderTradeApplication {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // every stored time is UTC
        SpringApplication.run(OrderTradeApplication.class, args);
    }
}
