package io.ordercenter.async.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.async.event.application.BatchEventHandler;
import io.ordercenter.async.event.application.EventHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event codec, the dead-letter producer and the consumers of every concern. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaProperties.class)
public class KafkaConfiguration {

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean(destroyMethod = "close")
    DeadLetters deadLetters(KafkaProperties properties, Clock clock) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                properties.bootstrap(),
                ProducerConfig.CLIENT_ID_CONFIG,
                "order-async-dead-letters",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                5000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                10000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class);
        return new DeadLetters(
                new KafkaProducer<>(config), properties.deadLetterTopic(), Duration.ofSeconds(10), clock);
    }

    @Bean
    EventConsumers eventConsumers(
            KafkaProperties properties,
            ObjectProvider<EventHandler> handlers,
            ObjectProvider<BatchEventHandler> batchHandlers,
            EventCodec codec,
            DeadLetters deadLetters,
            MeterRegistry meters,
            Clock clock) {
        return new EventConsumers(
                properties,
                handlers.orderedStream().toList(),
                batchHandlers.orderedStream().toList(),
                codec,
                deadLetters,
                meters,
                clock);
    }
}
