package io.ordercenter.query;

import io.ordercenter.platform.ratelimit.RateLimitConfiguration;
import io.ordercenter.platform.redis.RedisConfiguration;
import io.ordercenter.platform.secrets.SecretsCheckConfiguration;
import io.ordercenter.platform.web.WebPlatformConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The read side of Order Center: orders by id, user and shop, phone-prefix search, user stats, timelines. */
@SpringBootApplication
@Import({
    WebPlatformConfiguration.class,
    RateLimitConfiguration.class,
    RedisConfiguration.class,
    SecretsCheckConfiguration.class
})
public class QueryApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryApplication.class, args);
    }
}
