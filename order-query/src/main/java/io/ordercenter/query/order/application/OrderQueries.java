package io.ordercenter.query.order.application;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.query.platform.paging.CursorCodec;
import io.ordercenter.query.platform.paging.Page;
import io.ordercenter.query.platform.paging.Position;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads orders for a caller, applying the access rules of the API and masking phone numbers for
 * everyone but the owner and support.
 *
 * <p><b>By id</b>: cache-aside. A cache hit answers at once; an id the cache knows to be missing is
 * a 404 without touching the database. On a miss, one load per order id runs at a time in this
 * process ({@link SingleFlight}); it looks at the cache once more (a load that ended just before
 * may have filled it), reads the order copy, and fills the cache (or the missing marker). When the
 * cache is slow or down, reads go to the database through a bulkhead of their own ({@code
 * fallback}), still one load per id, and nothing is written to the cache.
 *
 * <p><b>Lists</b>: keyset pages of the user copy or the shop copy, one shard each, with signed
 * cursors bound to the query.
 */
public final class OrderQueries {

    private final OrderCache cache;
    private final Orders orders;
    private final Orders fallback;
    private final OrderLists lists;
    private final CursorCodec cursors;
    private final SingleFlight<Long, Optional<OrderSnapshot>> loads = new SingleFlight<>();
    private final LongAdder storeReads = new LongAdder();

    /**
     * @param orders the order copy, for cache misses
     * @param fallback the same order copy behind its own bulkhead, for reads while the cache is unavailable
     */
    public OrderQueries(OrderCache cache, Orders orders, Orders fallback, OrderLists lists, CursorCodec cursors) {
        this.cache = cache;
        this.orders = orders;
        this.fallback = fallback;
        this.lists = lists;
        this.cursors = cursors;
    }

    /**
     * One order, as {@code caller} may see it.
     *
     * <p>A caller who may not read an existing order gets the same 404 as for an id that does not
     * exist, not a 403: order ids are time-ordered and partly guessable, and a 403 would confirm to
     * anybody that an order with that id exists (and when it was placed). The lists answer 403,
     * because there the caller names a user or shop they are not, which reveals nothing.
     */
    public OrderSnapshot byId(Caller caller, long orderId) {
        return find(orderId)
                .filter(caller::mayRead)
                .map(order -> visible(caller, order))
                .orElseThrow(() -> new NotFound(ErrorCode.ORDER_NOT_FOUND, "There is no order " + orderId + "."));
    }

    /** A page of a user's orders, newest first: for that user and support. */
    public Page<OrderSnapshot> ofUser(Caller caller, long userId, ListFilter filter, int limit, String cursor) {
        if (!caller.mayActForUser(Long.toString(userId))) {
            throw forbidden("the orders of user " + userId);
        }
        String query = "user:" + userId + filter.fingerprint();
        Position after = cursors.decode(cursor, query);
        return page(caller, lists.ofUser(userId, filter, after, limit + 1), limit, query);
    }

    /** A page of a shop's orders, newest first: for that shop's merchant and support. */
    public Page<OrderSnapshot> ofShop(Caller caller, long shopId, ListFilter filter, int limit, String cursor) {
        if (!caller.mayActForShop(Long.toString(shopId))) {
            throw forbidden("the orders of shop " + shopId);
        }
        String query = "shop:" + shopId + filter.fingerprint();
        Position after = cursors.decode(cursor, query);
        return page(caller, lists.ofShop(shopId, filter, after, limit + 1), limit, query);
    }

    /** How many times an order was read from the database (cache misses and fallback reads). */
    public long storeReads() {
        return storeReads.sum();
    }

    private Optional<OrderSnapshot> find(long orderId) {
        OrderCache.Lookup cached;
        try {
            cached = cache.lookup(orderId);
        } catch (Transient cacheUnavailable) {
            return loads.load(orderId, () -> read(fallback, orderId));
        }
        return switch (cached.outcome()) {
            case HIT -> Optional.of(cached.order());
            case MISSING -> Optional.empty();
            case MISS -> loads.load(orderId, () -> loadAndCache(orderId));
        };
    }

    private Optional<OrderSnapshot> loadAndCache(long orderId) {
        OrderCache.Lookup again;
        try {
            again = cache.lookup(orderId);
        } catch (Transient cacheUnavailable) {
            return read(fallback, orderId);
        }
        if (again.outcome() != OrderCache.Outcome.MISS) {
            return Optional.ofNullable(again.order());
        }
        Optional<OrderSnapshot> order = read(orders, orderId);
        try {
            if (order.isPresent()) {
                cache.put(order.get());
            } else {
                cache.putMissing(orderId);
            }
        } catch (Transient cacheUnavailable) {
            // the answer is right without the cache; the next read tries again
        }
        return order;
    }

    private Optional<OrderSnapshot> read(Orders source, long orderId) {
        storeReads.increment();
        return source.find(orderId);
    }

    private Page<OrderSnapshot> page(Caller caller, List<OrderSnapshot> rows, int limit, String query) {
        return cursors.page(rows, limit, Position::of, query).map(order -> visible(caller, order));
    }

    static OrderSnapshot visible(Caller caller, OrderSnapshot order) {
        return caller.seesFullPhone(order) ? order : order.withMaskedPhone();
    }

    private static NonTransient forbidden(String what) {
        return new NonTransient(ErrorCode.FORBIDDEN, "This caller may not read " + what + ".");
    }
}
