package io.ordercenter.query.order.web;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.platform.security.Callers;
import io.ordercenter.query.order.application.ListFilter;
import io.ordercenter.query.order.application.OrderQueries;
import io.ordercenter.query.platform.paging.Page;
import io.ordercenter.query.platform.web.Params;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET} an order by id, a user's orders, a shop's orders. */
@RestController
public class OrderController {

    private final OrderQueries queries;

    public OrderController(OrderQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orders/{orderId}")
    public OrderSnapshot order(@PathVariable String orderId) {
        return queries.byId(Callers.current(), Params.id("orderId", orderId));
    }

    @GetMapping("/api/v1/users/{userId}/orders")
    public Page<OrderSnapshot> userOrders(
            @PathVariable String userId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        return queries.ofUser(
                Callers.current(), Params.id("userId", userId), filter(status, from, to), Params.limit(limit), cursor);
    }

    @GetMapping("/api/v1/shops/{shopId}/orders")
    public Page<OrderSnapshot> shopOrders(
            @PathVariable String shopId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        return queries.ofShop(
                Callers.current(), Params.id("shopId", shopId), filter(status, from, to), Params.limit(limit), cursor);
    }

    private static ListFilter filter(String status, String from, String to) {
        Instant start = Params.time("from", from);
        Instant end = Params.time("to", to);
        Params.window(start, end);
        return new ListFilter(Params.status(status), start, end);
    }
}
