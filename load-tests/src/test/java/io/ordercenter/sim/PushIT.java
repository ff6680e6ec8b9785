package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The push service. */
class PushIT extends SimulatorTestSupport {

    private static String push(String notificationId, String recipientType, String orderId) {
        return "{\"notificationId\": \"" + notificationId + "\", \"recipientType\": \"" + recipientType
                + "\", \"recipientId\": \"9001\", \"orderId\": \"" + orderId
                + "\", \"title\": \"New order\", \"body\": \"Order " + orderId + " is waiting\"}";
    }

    @Test
    void a_notification_is_accepted_and_delivered_once_per_id() {
        SimClient.Answer first = sim.post("/push", push("n-1", "MERCHANT", "o-1"));
        SimClient.Answer duplicate = sim.post("/push", push("n-1", "MERCHANT", "o-1"));
        sim.post("/push", push("n-2", "USER", "o-1"));
        sim.post("/push", push("n-3", "RIDER", "o-2"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("duplicate").asBoolean()).isFalse();
        assertThat(duplicate.status()).isEqualTo(202);
        assertThat(duplicate.json().get("duplicate").asBoolean()).isTrue();

        SimClient.Answer delivered = sim.get("/sim/push?orderId=o-1");
        assertThat(delivered.json().get("items").valueStream().map(n -> n.get("notificationId")
                        .asString()))
                .containsExactly("n-1", "n-2");
        assertThat(delivered.json().get("items").get(0).get("recipientType").asString())
                .isEqualTo("MERCHANT");
        assertThat(sim.get("/sim/push").json().get("items").size()).isEqualTo(3);
    }

    @Test
    void an_unknown_recipient_type_is_refused() {
        SimClient.Answer answer = sim.post("/push", push("n-4", "COURIER", "o-3"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(sim.get("/sim/push?orderId=o-3").json().get("items").size()).isZero();
    }
}
