package io.ordercenter.trade;

import io.ordercenter.platform.ratelimit.RateLimitConfiguration;
import io.ordercenter.platform.redis.RedisConfiguration;
import io.ordercenter.platform.resilience.ResilienceConfiguration;
import io.ordercenter.platform.secrets.SecretsCheckConfiguration;
import io.ordercenter.platform.web.ProblemAdvice;
import io.ordercenter.platform.web.WebPlatformConfiguration;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** order-trade: the write side of Order Center (port 8081). */
@SpringBootApplication
@Import({
    WebPlatformConfiguration.class,
    ProblemAdvice.class,
    ResilienceConfiguration.class,
    RateLimitConfiguration.class,
    RedisConfiguration.class,
    SecretsCheckConfiguration.class
})
public class OrderTradeApplication {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // every stored time is UTC
        SpringApplication.run(OrderTradeApplication.class, args);
    }
}
