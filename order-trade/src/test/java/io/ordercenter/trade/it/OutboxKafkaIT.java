package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.Topics;
import io.ordercenter.deploy.testkit.TestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OutboxKafkaIT extends TradeItSupport {

    @Test
    void orders_placed_while_kafka_is_down_have_every_event_delivered_in_order_once_it_is_back() throws Exception {
        List<String> orderIds = new ArrayList<>();
        TestStack.stop(TestStack.Server.KAFKA);
        try {
            for (int i = 0; i < 5; i++) {
                long user = nextUser();
                Response placed = place(user, orderBody(17, null, 1701, 1));
                assertThat(placed.status()).as(placed.body()).isEqualTo(201);
                String orderId = placed.json().path("orderId").asString();
                Response cancelled =
                        post("/api/v1/orders/" + orderId + "/cancel", userToken(user), "{\"reason\":\"kafka test\"}");
                assertThat(cancelled.status()).isEqualTo(200);
                orderIds.add(orderId);
            }
        } finally {
            TestStack.start(TestStack.Server.KAFKA);
        }

        Map<String, List<Long>> versions = new HashMap<>();
        Map<String, Object> config = Map.of(
                "bootstrap.servers", TestStack.endpoints().kafkaBootstrap(),
                "group.id", "trade-it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.ORDER_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline
                    && !orderIds.stream()
                            .allMatch(id -> versions.getOrDefault(id, List.of()).size() >= 2)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (orderIds.contains(record.key())) {
                        JsonNode event = JSON.readTree(record.value());
                        assertThat(event.path("orderId").asString()).isEqualTo(record.key());
                        versions.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(event.path("version").asLong());
                    }
                }
            }
        }
        for (String orderId : orderIds) {
            // at least once: a re-sent event may repeat, but each version first appears in version order
            assertThat(new java.util.LinkedHashSet<>(versions.get(orderId)))
                    .as("events of order %s: %s", orderId, versions.get(orderId))
                    .containsExactly(1L, 2L);
        }
    }
}
