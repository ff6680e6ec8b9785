package io.ordercenter.gateway;

import io.ordercenter.platform.web.WebPlatformConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The edge of Order Center: every public {@code /api/v1/**} path, routed to order-trade, order-query
 * or order-async, with bearer-token checks, fleet-wide rate limits, body-size limits and retries on
 * another instance where a repeat is safe.
 */
@SpringBootApplication
@Import(WebPlatformConfiguration.class)
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
