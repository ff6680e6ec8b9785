package io.ordercenter.trade.outbox.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.ordercenter.sharding.config.PhysicalDatabases;
import io.ordercenter.sharding.mybatis.OutboxRelayStore;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the relay: an idempotent, acks=all producer that never gives up on a record. A record that
 * expired in the producer would let the records after it (the same order's later versions) reach
 * the log first; with no delivery time-out the producer keeps each partition in order and simply
 * waits while Kafka is down, and the relay's flush waits with it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(
            OutboxRelayStore store,
            PhysicalDatabases databases,
            OutboxProperties properties,
            MeterRegistry meters,
            Clock clock) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                properties.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                5,
                ProducerConfig.LINGER_MS_CONFIG,
                2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                Integer.MAX_VALUE,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class);
        return new OutboxRelay(OutboxRows.of(store), databases, new KafkaProducer<>(config), properties, meters, clock);
    }
}
