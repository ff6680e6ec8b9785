package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The payment channel: signed callbacks (retried, re-sendable) and refunds. */
class PaymentIT extends SimulatorTestSupport {

    private static final String SECRET = "payment-it-secret";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private CallbackReceiver receiver;

    @Override
    protected SimulatorConfig config() {
        return SimulatorConfig.forTests()
                .withCallbackSecret(SECRET)
                .withCallbackDelay(Duration.ofMillis(50))
                .withCallbackRetry(4, Duration.ofMillis(50));
    }

    @BeforeAll
    void startReceiver() {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void clearReceiver() {
        receiver.clear();
    }

    private String payment(String paymentId, String orderId, long amountCents) {
        return "{\"paymentId\": \"" + paymentId + "\", \"orderId\": \"" + orderId + "\", \"amountCents\": "
                + amountCents + ", \"callbackUrl\": \"" + receiver.url() + "\"}";
    }

    private static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void a_payment_is_pending_and_its_signed_callback_arrives() throws Exception {
        SimClient.Answer started = sim.post("/payments", payment("p-1", "7000000000000000001", 4250));

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.text("paymentId")).isEqualTo("p-1");
        assertThat(started.text("status")).isEqualTo("PENDING");

        Await.until("the callback arrives", WAIT, () -> receiver.received().size() == 1);
        CallbackReceiver.Received callback = receiver.received().get(0);
        assertThat(callback.signature()).isEqualTo(hmac(callback.body(), SECRET));
        assertThat(callback.signature()).matches("[0-9a-f]{64}");
        assertThat(callback.contentType()).startsWith("application/json");
        JsonNode json = SimClient.JSON.readTree(callback.body());
        assertThat(json.get("paymentId").asString()).isEqualTo("p-1");
        assertThat(json.get("orderId").isString()).isTrue();
        assertThat(json.get("orderId").asString()).isEqualTo("7000000000000000001");
        assertThat(json.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(json.get("amountCents").asLong()).isEqualTo(4250);
        assertThat(json.get("channelTxnId").asString()).isNotBlank();
        assertThat(Instant.parse(json.get("paidAt").asString())).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void a_signature_made_with_another_secret_does_not_verify() throws Exception {
        sim.post("/payments", payment("p-sig", "o-sig", 100));

        Await.until("the callback arrives", WAIT, () -> receiver.received().size() == 1);
        CallbackReceiver.Received callback = receiver.received().get(0);
        assertThat(callback.signature()).isNotEqualTo(hmac(callback.body(), SimulatorConfig.DEFAULT_CALLBACK_SECRET));
    }

    @Test
    void a_replayed_payment_answers_the_same_and_calls_back_once() {
        SimClient.Answer first = sim.post("/payments", payment("p-2", "o-2", 1000));
        SimClient.Answer replay = sim.post("/payments", payment("p-2", "o-2", 1000));

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        Await.until("the callback arrives", WAIT, () -> receiver.received().size() == 1);
        Await.stillTrueFor(
                "no second callback",
                Duration.ofMillis(500),
                () -> receiver.received().size() == 1);
        assertThat(sim.get("/sim/payments/p-2").json().get("callbackAttempts").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_failing_receiver_gets_the_same_signed_callback_again_until_it_answers_2xx() {
        receiver.failNext(2);

        sim.post("/payments", payment("p-3", "o-3", 2000));

        Await.until("three attempts", WAIT, () -> receiver.received().size() == 3);
        Await.until(
                "the delivery is recorded",
                WAIT,
                () -> sim.get("/sim/payments/p-3")
                                .json()
                                .get("callbacksDelivered")
                                .asInt()
                        == 1);
        List<CallbackReceiver.Received> attempts = receiver.received();
        assertThat(attempts)
                .extracting(r -> new String(r.body(), StandardCharsets.UTF_8))
                .containsOnly(new String(attempts.get(0).body(), StandardCharsets.UTF_8));
        assertThat(attempts)
                .extracting(CallbackReceiver.Received::signature)
                .containsOnly(attempts.get(0).signature());
        JsonNode state = sim.get("/sim/payments/p-3").json();
        assertThat(state.get("callbackAttempts").asInt()).isEqualTo(3);
        assertThat(state.get("lastCallbackResult").asString()).isEqualTo("200");
        Await.stillTrueFor(
                "no more attempts",
                Duration.ofMillis(300),
                () -> receiver.received().size() == 3);
    }

    @Test
    void a_receiver_that_keeps_failing_gets_the_configured_number_of_attempts() {
        receiver.failNext(100);

        sim.post("/payments", payment("p-4", "o-4", 2000));

        Await.until(
                "all four attempts",
                WAIT,
                () -> sim.get("/sim/payments/p-4")
                                .json()
                                .get("callbackAttempts")
                                .asInt()
                        == 4);
        Await.stillTrueFor(
                "no fifth attempt",
                Duration.ofMillis(600),
                () -> receiver.received().size() == 4);
        assertThat(sim.get("/sim/payments/p-4").json().get("callbacksDelivered").asInt())
                .isZero();
    }

    @Test
    void the_outcome_can_be_set_to_failed() {
        SimClient.Answer settings = sim.put("/sim/payment", "{\"outcome\": \"FAILED\"}");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.text("outcome")).isEqualTo("FAILED");
        assertThat(settings.json().get("callbackDelayMs").asLong())
                .as("unchanged")
                .isEqualTo(50);

        sim.post("/payments", payment("p-5", "o-5", 990));

        Await.until("the callback arrives", WAIT, () -> receiver.received().size() == 1);
        JsonNode json = SimClient.JSON.readTree(receiver.received().get(0).body());
        assertThat(json.get("status").asString()).isEqualTo("FAILED");
        assertThat(json.get("paidAt").isNull()).isTrue();
    }

    @Test
    void with_callbacks_disabled_a_callback_is_sent_only_on_request_and_a_resend_is_identical() {
        sim.put("/sim/payment", "{\"callbacksEnabled\": false}");
        sim.post("/payments", payment("p-6", "o-6", 1500));
        Await.stillTrueFor("no callback by itself", Duration.ofMillis(400), () -> receiver.received()
                .isEmpty());

        assertThat(sim.post("/sim/payments/p-6/callback", "").status()).isEqualTo(202);
        Await.until("the requested callback", WAIT, () -> receiver.received().size() == 1);
        assertThat(sim.post("/sim/payments/p-6/callback", "").status()).isEqualTo(202);
        Await.until("the duplicate callback", WAIT, () -> receiver.received().size() == 2);

        List<CallbackReceiver.Received> callbacks = receiver.received();
        assertThat(callbacks.get(1).body()).isEqualTo(callbacks.get(0).body());
        assertThat(callbacks.get(1).signature()).isEqualTo(callbacks.get(0).signature());
        assertThat(sim.post("/sim/payments/p-none/callback", "").status()).isEqualTo(404);
    }

    @Test
    void a_refund_is_made_once_per_refund_id_and_never_beyond_the_payment() {
        sim.post("/payments", payment("p-7", "o-7", 3000));
        String refund = "{\"refundId\": \"rf-1\", \"paymentId\": \"p-7\", \"orderId\": \"o-7\", \"amountCents\": 3000}";

        SimClient.Answer first = sim.post("/refunds", refund);
        SimClient.Answer replay = sim.post("/refunds", refund);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("refundId")).isEqualTo("rf-1");
        assertThat(first.text("status")).isEqualTo("SUCCEEDED");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(sim.get("/sim/payments/p-7").json().get("refundedCents").asLong())
                .as("money returned once")
                .isEqualTo(3000);
        SimClient.Answer state = sim.get("/sim/refunds/rf-1");
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.json().get("amountCents").asLong()).isEqualTo(3000);

        SimClient.Answer second = sim.post(
                "/refunds",
                "{\"refundId\": \"rf-2\", \"paymentId\": \"p-7\", \"orderId\": \"o-7\", \"amountCents\": 1}");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.text("code")).isEqualTo("REFUND_EXCEEDS_PAYMENT");
        assertThat(sim.get("/sim/refunds/rf-2").status()).isEqualTo(404);
    }

    @Test
    void a_payment_without_a_usable_callback_url_is_refused() {
        SimClient.Answer answer = sim.post(
                "/payments",
                "{\"paymentId\": \"p-8\", \"orderId\": \"o-8\", \"amountCents\": 100, \"callbackUrl\": \"ftp://x\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(sim.get("/sim/payments/p-8").status()).isEqualTo(404);
    }
}
