package io.ordercenter.platform.resilience;

import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dependency guards, built on resilience4j's registries (configured in {@code application.yml}). */
@Configuration(proxyBeanMethods = false)
public class ResilienceConfiguration {

    @Bean(destroyMethod = "close")
    DependencyGuards dependencyGuards(
            ThreadPoolBulkheadRegistry bulkheads,
            TimeLimiterRegistry timeLimiters,
            CircuitBreakerRegistry circuitBreakers) {
        return new DependencyGuards(bulkheads, timeLimiters, circuitBreakers);
    }
}
