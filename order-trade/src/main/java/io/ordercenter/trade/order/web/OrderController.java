package io.ordercenter.trade.order.web;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.Role;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.platform.security.Callers;
import io.ordercenter.trade.order.application.OrderCommandService;
import io.ordercenter.trade.order.application.OrderPlacementService;
import io.ordercenter.trade.order.application.PlaceOrderCommand;
import io.ordercenter.trade.order.domain.CouponId;
import io.ordercenter.trade.order.domain.DeliveryAddress;
import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import io.ordercenter.trade.order.domain.ShopId;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.UserId;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The order endpoints of order-trade (API.md): placing an order and every lifecycle step. */
@RestController
@RequestMapping("/api/v1/orders")
public class OrderController {

    private static final String TRACE = "X-Trace-Id";

    private final OrderPlacementService placement;
    private final OrderCommandService commands;

    public OrderController(OrderPlacementService placement, OrderCommandService commands) {
        this.placement = placement;
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<OrderSnapshot> place(
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(value = TRACE, required = false) String trace,
            @Valid @RequestBody PlaceOrderRequest body) {
        Caller caller = Callers.current();
        if (!caller.has(Role.USER)) {
            throw new NonTransient(ErrorCode.FORBIDDEN, "only customers place orders");
        }
        if (idempotencyKey == null || !idempotencyKey.matches("[ -~]{1,128}")) {
            throw new NonTransient(
                    ErrorCode.VALIDATION_FAILED, "Idempotency-Key: header is required (1 to 128 printable characters)");
        }
        PlaceOrderCommand command = new PlaceOrderCommand(
                new UserId(Long.parseLong(caller.subject())),
                new ShopId(Long.parseLong(body.shopId())),
                body.items().stream()
                        .map(l -> new RequestedLine(new SkuId(Long.parseLong(l.skuId())), l.quantity()))
                        .toList(),
                body.couponId() == null ? null : new CouponId(body.couponId()),
                new DeliveryAddress(
                        body.address().contactName(),
                        body.address().phone(),
                        body.address().line1(),
                        body.address().city(),
                        body.address().lat(),
                        body.address().lng()),
                body.remark());
        Order order = placement.place(command, idempotencyKey, Requests.traceId(trace));
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id().value()))
                .body(Requests.view(order, caller));
    }

    @PostMapping("/{orderId}/cancel")
    OrderSnapshot cancel(
            @PathVariable String orderId,
            @RequestHeader(value = TRACE, required = false) String trace,
            @Valid @RequestBody ReasonRequest body) {
        return Requests.act(
                orderId, trace, (caller, id, traceId) -> commands.cancel(caller, id, body.reason(), traceId));
    }

    @PostMapping("/{orderId}/accept")
    OrderSnapshot accept(@PathVariable String orderId, @RequestHeader(value = TRACE, required = false) String trace) {
        return Requests.act(orderId, trace, commands::accept);
    }

    @PostMapping("/{orderId}/reject")
    OrderSnapshot reject(
            @PathVariable String orderId,
            @RequestHeader(value = TRACE, required = false) String trace,
            @Valid @RequestBody ReasonRequest body) {
        return Requests.act(
                orderId, trace, (caller, id, traceId) -> commands.reject(caller, id, body.reason(), traceId));
    }

    @PostMapping("/{orderId}/ready")
    OrderSnapshot ready(@PathVariable String orderId, @RequestHeader(value = TRACE, required = false) String trace) {
        return Requests.act(orderId, trace, commands::markReady);
    }

    @PostMapping("/{orderId}/pickup")
    OrderSnapshot pickUp(@PathVariable String orderId, @RequestHeader(value = TRACE, required = false) String trace) {
        return Requests.act(orderId, trace, commands::pickUp);
    }

    @PostMapping("/{orderId}/deliver")
    OrderSnapshot deliver(@PathVariable String orderId, @RequestHeader(value = TRACE, required = false) String trace) {
        return Requests.act(orderId, trace, commands::deliver);
    }

    @PostMapping("/{orderId}/confirm")
    OrderSnapshot confirm(@PathVariable String orderId, @RequestHeader(value = TRACE, required = false) String trace) {
        return Requests.act(orderId, trace, commands::confirm);
    }

    @PostMapping("/{orderId}/refunds")
    ResponseEntity<Map<String, String>> refund(
            @PathVariable String orderId,
            @RequestHeader(value = TRACE, required = false) String trace,
            @Valid @RequestBody RefundRequest body) {
        Caller caller = Callers.current();
        Order order = commands.requestRefund(
                caller, Requests.orderId(orderId), body.amountCents(), body.reason(), Requests.traceId(trace));
        var refund = order.latestRefund().orElseThrow();
        return ResponseEntity.accepted()
                .body(Map.of(
                        "refundId",
                        refund.id().value(),
                        "status",
                        refund.status().name()));
    }
}
