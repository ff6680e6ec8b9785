package io.ordercenter.async.redenvelope.infrastructure.http;

import io.ordercenter.async.platform.http.HttpDependencies;
import io.ordercenter.async.redenvelope.application.Grants;
import io.ordercenter.async.redenvelope.application.RedEnvelopeProjection;
import io.ordercenter.async.timeline.application.Timelines;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The red-envelope concern and its HTTP adapter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedEnvelopeProperties.class)
public class RedEnvelopeConfiguration {

    @Bean
    Grants grants(HttpDependencies dependencies) {
        return new HttpGrants(dependencies.coupon());
    }

    @Bean
    RedEnvelopeProjection redEnvelopeProjection(
            Grants grants, Timelines timelines, Clock clock, RedEnvelopeProperties properties) {
        return new RedEnvelopeProjection(grants, timelines, clock, properties.amountCents());
    }
}
