package io.ordercenter.trade.order.web;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.OrderContracts;
import io.ordercenter.trade.order.domain.OrderId;
import java.util.UUID;

/** Small helpers shared by the controllers: ids from paths, trace ids, the order as a caller may see it. */
public final class Requests {

    private Requests() {}

    /** A malformed order id cannot name an order: 404, like an unknown one. */
    public static OrderId orderId(String path) {
        try {
            long value = Long.parseLong(path);
            if (value > 0) {
                return new OrderId(value);
            }
        } catch (NumberFormatException ignored) {
            // falls through to not found
        }
        throw new NotFound(ErrorCode.ORDER_NOT_FOUND, "order " + path + " does not exist");
    }

    public static String traceId(String header) {
        if (header != null && header.matches("[A-Za-z0-9-]{8,64}")) {
            return header;
        }
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** One lifecycle step of an order on behalf of a caller. */
    @FunctionalInterface
    public interface Step {
        Order apply(Caller caller, OrderId orderId, String traceId);
    }

    /** Runs {@code step} for the current caller on the order named in the path; answers the order as they may see it. */
    public static OrderSnapshot act(String orderId, String trace, Step step) {
        Caller caller = io.ordercenter.platform.security.Callers.current();
        return view(step.apply(caller, orderId(orderId), traceId(trace)), caller);
    }

    /** The order object of the API; the phone is masked for everyone but the owner and support. */
    public static OrderSnapshot view(Order order, Caller caller) {
        OrderSnapshot snapshot = OrderContracts.toSnapshot(order);
        return caller.seesFullPhone(snapshot) ? snapshot : snapshot.withMaskedPhone();
    }
}
