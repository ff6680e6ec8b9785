package io.ordercenter.gateway.limits;

import io.ordercenter.platform.ratelimit.RateLimitProperties;
import io.ordercenter.platform.web.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two limits of every API request, as servlet filters after the security chain (order -100):
 * first the caller's rate limit (a refused caller's body is never read), then the body-size limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    RateLimitProperties.class,
    CallbackRateLimitProperties.class,
    RedisProperties.class,
    BodyLimitProperties.class
})
public class LimitsConfiguration {

    static final int RATE_LIMIT_ORDER = 10;
    static final int BODY_LIMIT_ORDER = 20;

    @Bean
    RedisBuckets redisBuckets(
            RedisProperties redis, RateLimitProperties callers, CallbackRateLimitProperties callback) {
        return new RedisBuckets(redis, callers, callback);
    }

    @Bean
    FilterRegistrationBean<FleetRateLimit> fleetRateLimit(
            RedisBuckets buckets, RateLimitProperties properties, ProblemWriter problems) {
        FilterRegistrationBean<FleetRateLimit> registration =
                new FilterRegistrationBean<>(new FleetRateLimit(buckets, problems));
        registration.setOrder(RATE_LIMIT_ORDER);
        registration.setEnabled(properties.enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(BodyLimitProperties properties, ProblemWriter problems) {
        FilterRegistrationBean<BodyLimit> registration =
                new FilterRegistrationBean<>(new BodyLimit(properties, problems));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }
}
