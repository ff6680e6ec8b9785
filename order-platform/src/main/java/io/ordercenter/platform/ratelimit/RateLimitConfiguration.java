package io.ordercenter.platform.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Per-caller limits on {@code /api/**}, for services that import it; see {@link RateLimitProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    @Bean
    WebMvcConfigurer callerRateLimit(RateLimitProperties properties) {
        CallerRateLimit limit = new CallerRateLimit(
                new TokenBuckets(properties.perSecond(), properties.burst(), properties.maxCallers(), System::nanoTime),
                new TokenBuckets(
                        properties.supportPerSecond(),
                        properties.supportBurst(),
                        properties.maxCallers(),
                        System::nanoTime));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                if (properties.enabled()) {
                    registry.addInterceptor(limit).addPathPatterns("/api/**");
                }
            }
        };
    }
}
