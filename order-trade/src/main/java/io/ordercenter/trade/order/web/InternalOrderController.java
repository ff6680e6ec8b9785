package io.ordercenter.trade.order.web;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.trade.order.application.OrderCommandService;
import io.ordercenter.trade.refund.domain.RefundId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints for order-async only (role SYSTEM): the unpaid timeout and refund confirmations go
 * through the same state machine as every other change.
 */
@RestController
@RequestMapping("/internal/v1/orders")
public class InternalOrderController {

    private final OrderCommandService commands;

    public InternalOrderController(OrderCommandService commands) {
        this.commands = commands;
    }

    @PostMapping("/{orderId}/expire")
    OrderSnapshot expire(
            @PathVariable String orderId, @RequestHeader(value = "X-Trace-Id", required = false) String trace) {
        return Requests.act(orderId, trace, commands::expire);
    }

    @PostMapping("/{orderId}/refunds/{refundId}/succeeded")
    OrderSnapshot refundSucceeded(
            @PathVariable String orderId,
            @PathVariable String refundId,
            @RequestHeader(value = "X-Trace-Id", required = false) String trace) {
        return Requests.act(
                orderId,
                trace,
                (caller, id, traceId) -> commands.refundSucceeded(caller, id, new RefundId(refundId), traceId));
    }
}
