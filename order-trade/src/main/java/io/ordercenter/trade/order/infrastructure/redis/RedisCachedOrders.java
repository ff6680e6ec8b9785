package io.ordercenter.trade.order.infrastructure.redis;

import io.ordercenter.platform.redis.OrderCacheEviction;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.trade.order.application.CachedOrders;
import io.ordercenter.trade.order.domain.OrderId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CachedOrders} through the shared {@link OrderCacheEviction} (the same script order-async
 * runs after the event), behind order-trade's own {@code redis} guard: its bulkhead and time limit
 * bound what a slow Redis can add to a state change's answer.
 *
 * <p>When Redis cannot be told (down, slow, breaker open) the answer is not held back: the eviction
 * is retried in the background after {@link #RETRIES}, and order-async's eviction after the event is
 * the backstop beyond them. Until one of them lands, a read may still find the old state cached;
 * order-query never caches anything older than a floor that is already there.
 */
public final class RedisCachedOrders implements CachedOrders {

    /** The waits before each background retry of an eviction that failed in the request. */
    static final List<Duration> RETRIES = List.of(Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1));

    private static final Logger log = LoggerFactory.getLogger(RedisCachedOrders.class);

    private final OrderCacheEviction eviction;
    private final DependencyGuard guard;
    private final ScheduledExecutorService retries;

    public RedisCachedOrders(OrderCacheEviction eviction, DependencyGuard guard, ScheduledExecutorService retries) {
        this.eviction = eviction;
        this.guard = guard;
        this.retries = retries;
    }

    @Override
    public void changed(OrderId id, long version) {
        try {
            evict(id, version);
        } catch (RuntimeException e) {
            log.warn(
                    "cache of order {} not evicted for version {} ({}); retrying in the background",
                    id.value(),
                    version,
                    e.toString());
            retry(id, version, 0);
        }
    }

    private void evict(OrderId id, long version) {
        guard.call(() -> eviction.evict(Long.toString(id.value()), version).join());
    }

    private void retry(OrderId id, long version, int attempt) {
        if (attempt >= RETRIES.size()) {
            log.warn(
                    "cache of order {} still not evicted for version {}; order-async's eviction is the backstop",
                    id.value(),
                    version);
            return;
        }
        try {
            retries.schedule(
                    () -> {
                        try {
                            evict(id, version);
                        } catch (RuntimeException e) {
                            retry(id, version, attempt + 1);
                        }
                    },
                    RETRIES.get(attempt).toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            log.info("not retrying the eviction of order {}: shutting down", id.value());
        }
    }
}
