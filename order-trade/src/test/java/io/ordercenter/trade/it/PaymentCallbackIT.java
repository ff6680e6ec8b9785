package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.trade.payment.infrastructure.CallbackSignatures;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PaymentCallbackIT extends TradeItSupport {

    private static final CallbackSignatures CHANNEL = new CallbackSignatures("local-dev-payment-secret");

    private static String callback(String orderId, long amountCents) {
        return "{\"paymentId\":\"pay-" + orderId + "\",\"orderId\":\"" + orderId + "\",\"status\":\"SUCCESS\","
                + "\"amountCents\":" + amountCents + ",\"channelTxnId\":\"txn-1\",\"paidAt\":\"2026-11-22T00:00:00Z\"}";
    }

    private static Response send(String body, String signature) throws Exception {
        return post("/api/v1/payments/callback", null, body, "X-Signature", signature);
    }

    private static String sign(String body) {
        return HexFormat.of().formatHex(CHANNEL.sign(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void duplicate_and_concurrent_callbacks_pay_once() throws Exception {
        long user = nextUser();
        String orderId = paidOrder(user, 10);
        long version = stored(orderId).version();
        String body = callback(orderId, stored(orderId).payableCents());

        List<Callable<Response>> duplicates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            duplicates.add(() -> send(body, sign(body)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (Future<Response> result : pool.invokeAll(duplicates)) {
                assertThat(result.get().status()).as(result.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        Response resent = sim("POST", "/sim/payments/pay-" + orderId + "/callback", null);
        assertThat(resent.status()).isBetween(200, 299);
        assertThat(stored(orderId).version()).isEqualTo(version);
        assertThat(stored(orderId).status().name()).isEqualTo("PAID");
    }

    @Test
    void a_forged_or_missing_signature_is_refused_before_anything_happens() throws Exception {
        long user = nextUser();
        String orderId =
                place(user, orderBody(11, null, 1101, 1)).json().path("orderId").asString();
        String body = callback(orderId, stored(orderId).payableCents());

        Response forged = send(body, sign(body.replace("SUCCESS", "FAILED")));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("BAD_SIGNATURE");
        Response missing = post("/api/v1/payments/callback", null, body);
        assertThat(missing.status()).isEqualTo(401);
        Response garbage = send(body, "zz");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(stored(orderId).status().name()).isEqualTo("CREATED");
    }

    @Test
    void a_payment_of_the_wrong_amount_is_refused() throws Exception {
        long user = nextUser();
        String orderId =
                place(user, orderBody(12, null, 1201, 1)).json().path("orderId").asString();
        String body = callback(orderId, stored(orderId).payableCents() - 1);
        Response refused = send(body, sign(body));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("PAYMENT_AMOUNT_MISMATCH");
        assertThat(stored(orderId).status().name()).isEqualTo("CREATED");
    }

    @Test
    void a_payment_for_an_order_cancelled_meanwhile_is_refunded() throws Exception {
        long user = nextUser();
        String orderId =
                place(user, orderBody(13, null, 1301, 1)).json().path("orderId").asString();
        assertThat(post("/api/v1/orders/" + orderId + "/cancel", userToken(user), "{\"reason\":\"too slow\"}")
                        .status())
                .isEqualTo(200);
        String body = callback(orderId, stored(orderId).payableCents());
        assertThat(send(body, sign(body)).status()).isEqualTo(200);
        Response refund = sim("GET", "/sim/refunds/" + orderId + "-stray", null);
        assertThat(refund.status()).as(refund.body()).isEqualTo(200);
        assertThat(stored(orderId).status().name()).isEqualTo("CANCELLED");
    }
}
