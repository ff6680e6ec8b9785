package io.ordercenter.async;

import io.ordercenter.platform.ratelimit.RateLimitConfiguration;
import io.ordercenter.platform.redis.RedisConfiguration;
import io.ordercenter.platform.resilience.ResilienceConfiguration;
import io.ordercenter.platform.secrets.SecretsCheckConfiguration;
import io.ordercenter.platform.web.ProblemAdvice;
import io.ordercenter.platform.web.WebPlatformConfiguration;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * order-async: everything that must happen after a state change but must not make a user wait. One
 * Kafka consumer group per concern, durable delayed work, reconciliation. Boot's own Elasticsearch
 * client (9.x) stays out: the 8.19 client is built in {@code search.infrastructure.es}.
 */
@SpringBootApplication(
        excludeName = {
            "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration",
            "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration"
        })
@Import({
    WebPlatformConfiguration.class,
    ProblemAdvice.class,
    ResilienceConfiguration.class,
    RateLimitConfiguration.class,
    RedisConfiguration.class,
    SecretsCheckConfiguration.class
})
public class OrderAsyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderAsyncApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
