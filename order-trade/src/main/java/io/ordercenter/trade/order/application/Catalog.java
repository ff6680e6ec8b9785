package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.MenuItem;
import io.ordercenter.trade.order.domain.ShopId;
import io.ordercenter.trade.order.domain.ShopSnapshot;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The read-only dependencies of placing an order, each asynchronous so that they run in parallel.
 * A failure completes the future with a {@code Transient} failure, except where a fallback is the
 * stated policy (membership: an unknown answer means no delivery-fee waiver).
 */
public interface Catalog {

    /** The shop, or empty if it does not exist. Policy when down: 503. */
    CompletableFuture<Optional<ShopSnapshot>> shop(ShopId shopId);

    /** The requested skus that exist (unknown ids are absent). Policy when down: 503. */
    CompletableFuture<Map<SkuId, MenuItem>> menu(ShopId shopId, Set<SkuId> skus);

    /** Whether the user is a member (waives the delivery fee). Policy when down or slow: false. */
    CompletableFuture<Boolean> member(UserId userId);
}
