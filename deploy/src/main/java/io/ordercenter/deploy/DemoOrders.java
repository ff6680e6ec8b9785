package io.ordercenter.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo orders for the local run, placed through order-trade's public API like any client would
 * (the shops, menus, users and coupons are the simulator's demo data). Idempotency keys are fixed,
 * so loading again after a restart finds the same orders instead of adding more.
 */
final class DemoOrders {

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"(\\d+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DemoOrders() {}

    static void load(String tradeUrl) {
        int placed = 0;
        for (int i = 0; i < 12; i++) {
            long user = 1001 + i;
            long shop = 3 + (i % 3);
            String userToken = DevTokens.mint(Long.toString(user), List.of("USER"), null, Duration.ofMinutes(10));
            String body = "{\"shopId\":\"" + shop + "\",\"items\":[{\"skuId\":\"" + (shop * 100 + 1)
                    + "\",\"quantity\":2},{\"skuId\":\"" + (shop * 100 + 2) + "\",\"quantity\":1}],"
                    + "\"address\":{\"contactName\":\"Demo " + user + "\",\"phone\":\"1381234" + user
                    + "\",\"line1\":\"" + (i + 1) + " Demo Road\",\"city\":\"Hangzhou\"},\"remark\":\"demo order\"}";
            try {
                HttpResponse<String> response =
                        post(tradeUrl + "/api/v1/orders", userToken, body, "demo-order-" + user);
                Matcher id = ORDER_ID.matcher(response.body());
                if (response.statusCode() != 201 || !id.find()) {
                    System.out.println("[stack] demo order for user " + user + " not placed: " + response.body());
                    continue;
                }
                placed++;
                if (i % 4 != 0) { // every fourth stays unpaid
                    post(tradeUrl + "/api/v1/orders/" + id.group(1) + "/payments", userToken, null, null);
                }
            } catch (Exception e) {
                System.out.println("[stack] demo orders skipped: " + e.getMessage());
                return;
            }
        }
        System.out.println("[stack] demo data: " + placed + " orders of users 1001..1012 at shops 3..5"
                + " (payments confirm through the simulator within a second)");
    }

    private static HttpResponse<String> post(String url, String token, String body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
