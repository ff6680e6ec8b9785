package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.sharding.mybatis.OrderRow;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderLifecycleIT extends TradeItSupport {

    @Test
    void an_order_goes_from_placed_to_completed_and_its_user_copy_follows() throws Exception {
        long user = nextUser();
        long shop = 3;
        Response placed = place(user, orderBody(shop, null, 301, 2, 302, 1));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        String orderId = order.path("orderId").asString();
        assertThat(order.path("status").asString()).isEqualTo("CREATED");
        assertThat(order.path("userId").asString()).isEqualTo(Long.toString(user));
        long goods = order.path("goodsCents").asLong();
        assertThat(goods).isPositive();
        assertThat(order.path("payableCents").asLong())
                .isEqualTo(goods
                        + order.path("deliveryFeeCents").asLong()
                        - order.path("deliveryFeeWaivedCents").asLong()
                        - order.path("discountCents").asLong());
        assertThat(order.path("items")).hasSize(2);
        assertThat(order.path("items").get(0).path("name").asString()).isNotBlank();

        Response payment = post("/api/v1/orders/" + orderId + "/payments", userToken(user), null);
        assertThat(payment.status()).as(payment.body()).isEqualTo(200);
        assertThat(payment.json().path("amountCents").asLong())
                .isEqualTo(order.path("payableCents").asLong());
        Response again = post("/api/v1/orders/" + orderId + "/payments", userToken(user), null);
        assertThat(again.json().path("paymentId").asString())
                .isEqualTo(payment.json().path("paymentId").asString());
        await("paid", () -> stored(orderId).status().name().equals("PAID"));

        String merchant = merchantToken(shop);
        assertThat(post("/api/v1/orders/" + orderId + "/accept", merchant, null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("ACCEPTED");
        assertThat(post("/api/v1/orders/" + orderId + "/ready", merchant, null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("READY");
        Response pickedUp = post("/api/v1/orders/" + orderId + "/pickup", riderToken(5001), null);
        assertThat(pickedUp.json().path("status").asString()).isEqualTo("DELIVERING");
        assertThat(pickedUp.json().path("riderId").asString()).isEqualTo("5001");
        assertThat(post("/api/v1/orders/" + orderId + "/deliver", riderToken(5002), null)
                        .code())
                .as("only the assigned rider delivers")
                .isIn("FORBIDDEN", "ORDER_NOT_FOUND");
        assertThat(post("/api/v1/orders/" + orderId + "/deliver", riderToken(5001), null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DELIVERED");
        Response completed = post("/api/v1/orders/" + orderId + "/confirm", userToken(user), null);
        assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");

        OrderRow row = stored(orderId);
        assertThat(row.status().name()).isEqualTo("COMPLETED");
        assertThat(row.version())
                .isEqualTo(completed.json().path("version").asLong())
                .isEqualTo(7);
        assertThat(userMapper.select(user, Long.parseLong(orderId))).isEqualTo(row);

        Response repeated = post("/api/v1/orders/" + orderId + "/accept", merchant, null);
        assertThat(repeated.status()).as("repeating a transition already made").isEqualTo(200);
        assertThat(repeated.json().path("version").asLong()).isEqualTo(7);
        assertThat(repeated.json().path("address").path("phone").asString()).isEqualTo("138****1001");
    }

    @Test
    void an_id_no_order_can_have_is_404_without_touching_the_database() throws Exception {
        // positive, but its low 7 bits (121) are no shard gene: routing it would fail
        Response cancel = post("/api/v1/orders/123456789012345/cancel", supportToken(), "{\"reason\":\"x\"}");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(404);
        assertThat(cancel.code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(post("/api/v1/orders/123456789012345/payments", userToken(nextUser()), null)
                        .code())
                .isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void a_body_in_another_format_than_json_is_refused_not_parsed() throws Exception {
        HttpResponse<String> xml = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/v1/orders"))
                        .header("Content-Type", "application/xml")
                        .header("Authorization", "Bearer " + userToken(nextUser()))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("<order><shopId>3</shopId></order>"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).as(xml.body()).isEqualTo(400);
        assertThat(xml.body()).contains("VALIDATION_FAILED").contains("Content-Type must be application/json");
        assertThat(xml.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void a_transition_the_state_does_not_allow_is_409() throws Exception {
        long user = nextUser();
        String orderId =
                place(user, orderBody(4, null, 401, 1)).json().path("orderId").asString();
        Response early = post("/api/v1/orders/" + orderId + "/ready", merchantToken(4), null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.code()).isEqualTo("ILLEGAL_STATE_TRANSITION");
    }

    @Test
    void cancelling_a_paid_order_starts_a_refund_that_the_channel_confirms() throws Exception {
        long user = nextUser();
        String orderId = paidOrder(user, 5);
        Response cancelled =
                post("/api/v1/orders/" + orderId + "/cancel", userToken(user), "{\"reason\":\"changed my mind\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("refund").path("status").asString()).isIn("REQUESTED", "SUCCEEDED");
        await("refund confirmed", () -> "SUCCEEDED"
                .equals(String.valueOf(stored(orderId).refundStatus())));
    }

    @Test
    void bad_input_gets_a_problem_naming_the_field_and_stores_nothing() throws Exception {
        long user = nextUser();
        Response noItems = place(
                user,
                "{\"shopId\":\"3\",\"items\":[],\"address\":{\"contactName\":\"A\","
                        + "\"phone\":\"13812341001\",\"line1\":\"x\",\"city\":\"y\"}}");
        assertThat(noItems.status()).isEqualTo(400);
        assertThat(noItems.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(noItems.json().path("detail").asString()).contains("items");

        Response badQuantity = place(user, orderBody(3, null, 301, 0));
        assertThat(badQuantity.status()).isEqualTo(400);
        assertThat(badQuantity.json().path("detail").asString()).contains("quantity");

        Response notJson = place(user, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at io.");

        Response noKey = post("/api/v1/orders", userToken(user), orderBody(3, null, 301, 1));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().path("detail").asString()).contains("Idempotency-Key");

        Response noToken = post("/api/v1/orders", null, orderBody(3, null, 301, 1), "Idempotency-Key", "k1");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.code()).isEqualTo("UNAUTHENTICATED");

        Response merchantPlacing = post(
                "/api/v1/orders",
                merchantToken(3),
                orderBody(3, null, 301, 1),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(merchantPlacing.status()).isEqualTo(403);
    }

    @Test
    void stock_reserved_for_an_order_refused_afterwards_is_released() throws Exception {
        // the stock reservation runs beside the catalog calls, so a closed shop is found out after it
        long before = stock(2003);
        Response closed = place(nextUser(), orderBody(20, null, 2003, 2));
        assertThat(closed.code()).isEqualTo("SHOP_CLOSED");
        await("the stock reserved for the refused order is released", () -> stockQuietly(2003) == before);
    }

    private static long stock(long skuId) throws Exception {
        return sim("GET", "/sim/skus/" + skuId + "/stock", null)
                .json()
                .path("stock")
                .asLong();
    }

    private static long stockQuietly(long skuId) {
        try {
            return stock(skuId);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void business_rejections_are_422_with_their_code() throws Exception {
        long user = nextUser();
        assertThat(place(user, orderBody(20, null, 2001, 1)).code()).isEqualTo("SHOP_CLOSED");
        assertThat(place(user, orderBody(987654, null, 1, 1)).code()).isEqualTo("SHOP_NOT_FOUND");
        assertThat(place(user, orderBody(3, null, 999, 1)).code()).isEqualTo("SKU_NOT_FOUND");
        assertThat(place(user, orderBody(3, "EXPIRED", 301, 2)).code()).isEqualTo("COUPON_INVALID");
        Response outOfStock = place(user, orderBody(1, null, 105, 99));
        assertThat(outOfStock.status()).isEqualTo(422);
        assertThat(outOfStock.code()).isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void only_the_owner_and_the_shop_act_on_an_order() throws Exception {
        long owner = nextUser();
        String orderId = paidOrder(owner, 6);
        long stranger = nextUser();
        assertThat(post("/api/v1/orders/" + orderId + "/cancel", userToken(stranger), "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(post("/api/v1/orders/" + orderId + "/accept", merchantToken(7), null)
                        .status())
                .isEqualTo(404);
        assertThat(post("/api/v1/orders/" + orderId + "/accept", userToken(owner), null)
                        .status())
                .isEqualTo(403);
        assertThat(post("/api/v1/orders/not-a-number/accept", merchantToken(6), null)
                        .status())
                .isEqualTo(404);
        assertThat(stored(orderId).status().name()).isEqualTo("PAID");
    }
}
