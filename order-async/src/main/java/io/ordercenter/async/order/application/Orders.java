package io.ordercenter.async.order.application;

import io.ordercenter.async.order.domain.OrderFacts;
import java.util.Optional;

/** The order copy (source of truth), read only: order-async never changes an order itself. */
public interface Orders {

    Optional<OrderFacts> find(long orderId);
}
