package io.ordercenter.trade.order.infrastructure.http;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/**
 * Spring HTTP interface clients of the dependencies (contract: load-tests/SIMULATOR.md). They
 * return the status with the body: 4xx answers are business answers (unknown shop, out of stock,
 * invalid coupon) that the adapters turn into values; 5xx and I/O errors throw and count against
 * the dependency's circuit breaker.
 */
final class DependencyApis {

    private DependencyApis() {}

    interface ShopApi {
        @GetExchange("/shops/{shopId}")
        ResponseEntity<JsonNode> shop(@PathVariable long shopId);
    }

    interface MenuApi {
        @GetExchange("/shops/{shopId}/skus")
        ResponseEntity<JsonNode> skus(@PathVariable long shopId, @RequestParam("ids") String ids);
    }

    interface UserApi {
        @GetExchange("/users/{userId}")
        ResponseEntity<JsonNode> user(@PathVariable long userId);
    }

    interface InventoryApi {
        @PostExchange("/inventory/reservations")
        ResponseEntity<JsonNode> reserve(@RequestBody Map<String, Object> body);

        @PostExchange("/inventory/reservations/{reservationId}/confirm")
        ResponseEntity<JsonNode> confirm(@PathVariable String reservationId);

        @PostExchange("/inventory/reservations/{reservationId}/release")
        ResponseEntity<JsonNode> release(@PathVariable String reservationId);
    }

    interface CouponApi {
        @PostExchange("/coupons/reservations")
        ResponseEntity<JsonNode> reserve(@RequestBody Map<String, Object> body);

        @PostExchange("/coupons/reservations/{reservationId}/confirm")
        ResponseEntity<JsonNode> confirm(@PathVariable String reservationId);

        @PostExchange("/coupons/reservations/{reservationId}/release")
        ResponseEntity<JsonNode> release(@PathVariable String reservationId);
    }

    interface PaymentApi {
        @PostExchange("/payments")
        ResponseEntity<JsonNode> start(@RequestBody Map<String, Object> body);

        @PostExchange("/refunds")
        ResponseEntity<JsonNode> refund(@RequestBody Map<String, Object> body);
    }
}
