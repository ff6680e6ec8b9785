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

    /**
     * Idle connections to the services are dropped after this many seconds, well before the
     * services' Tomcat closes them (20 s or more): a request written on a connection the other side
     * is just closing fails after sending, and a POST without an Idempotency-Key is then not repeated.
     */
    static final String UPSTREAM_KEEP_ALIVE_SECONDS = "10";

    public static void main(String[] args) {
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", UPSTREAM_KEEP_ALIVE_SECONDS);
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
