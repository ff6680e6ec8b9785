package io.ordercenter.async.push.infrastructure.http;

import io.ordercenter.async.platform.http.HttpDependencies;
import io.ordercenter.async.push.application.Notifications;
import io.ordercenter.async.push.application.PushProjection;
import io.ordercenter.async.timeline.application.Timelines;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The push concern and its HTTP adapter. */
@Configuration(proxyBeanMethods = false)
public class PushConfiguration {

    @Bean
    Notifications notifications(HttpDependencies dependencies) {
        return new HttpNotifications(dependencies.push());
    }

    @Bean
    PushProjection pushProjection(Notifications notifications, Timelines timelines, Clock clock) {
        return new PushProjection(notifications, timelines, clock);
    }
}
