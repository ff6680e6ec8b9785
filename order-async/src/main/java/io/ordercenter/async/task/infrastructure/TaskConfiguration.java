package io.ordercenter.async.task.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.async.task.application.TaskHandler;
import io.ordercenter.sharding.mybatis.DelayTaskStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delayed-task worker over every {@link TaskHandler}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TaskProperties.class)
public class TaskConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "ordercenter.tasks", name = "enabled", havingValue = "true", matchIfMissing = true)
    DelayTaskWorker delayTaskWorker(
            DelayTaskStore store,
            ObjectProvider<TaskHandler> handlers,
            TaskProperties properties,
            Clock clock,
            MeterRegistry meters) {
        return new DelayTaskWorker(store, handlers.orderedStream().toList(), properties, clock, meters);
    }
}
