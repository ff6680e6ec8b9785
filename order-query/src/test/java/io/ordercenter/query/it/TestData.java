package io.ordercenter.query.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.SearchIndex;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.mybatis.OrderItemRow;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderSnapshots;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes test orders the way the other services do: order, lines and user copy in one transaction
 * (trade), the shop copy and the search document as projections (async), stats hashes (async).
 * Every test uses fresh user and shop ids, since the stack is shared by the whole build.
 */
public final class TestData {

    private final OrderIdGenerator ids;
    private final OrderMapper orders;
    private final OrderUserMapper userOrders;
    private final OrderShopMapper shopOrders;
    private final TransactionTemplate transactions;
    private final ElasticsearchClient elasticsearch;
    private final RedisConnection redis;
    private volatile boolean indexReady;

    public TestData(
            OrderIdGenerator ids,
            OrderMapper orders,
            OrderUserMapper userOrders,
            OrderShopMapper shopOrders,
            DataSource dataSource,
            ElasticsearchClient elasticsearch,
            RedisConnection redis) {
        this.ids = ids;
        this.orders = orders;
        this.userOrders = userOrders;
        this.shopOrders = shopOrders;
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.elasticsearch = elasticsearch;
        this.redis = redis;
    }

    /** An id for a user, shop or rider that no other test uses. */
    public static long freshId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000_000L);
    }

    /** A phone number with a random 8-digit prefix, so that a search by that prefix finds only this test's orders. */
    public static String freshPhonePrefix() {
        return "1" + ThreadLocalRandom.current().nextLong(3_000_000L, 9_999_999L);
    }

    /** Places a paid order of {@code userId} at {@code shopId} created at {@code createdAt}, changed by {@code change}. */
    public OrderSnapshot place(long userId, long shopId, Instant createdAt, UnaryOperator<OrderRow.Builder> change) {
        long orderId = ids.next(userId);
        Instant at = createdAt.truncatedTo(ChronoUnit.MILLIS);
        OrderRow row = change.apply(OrderRow.builder()
                        .orderId(orderId)
                        .userId(userId)
                        .shopId(shopId)
                        .status(OrderStatus.PAID)
                        .goodsCents(3_000)
                        .deliveryFeeCents(500)
                        .deliveryFeeWaivedCents(500)
                        .discountCents(200)
                        .payableCents(2_800)
                        .couponId("CPN-1")
                        .contactName("Li Lei")
                        .phone("13812341001")
                        .addressLine1("1 Main St")
                        .city("Hangzhou")
                        .lat(30.2741)
                        .lng(120.1551)
                        .remark("no chili")
                        .paymentId("PAY-" + orderId)
                        .createdAt(at)
                        .paidAt(at.plusSeconds(5))
                        .version(2)
                        .updatedAt(at.plusSeconds(5)))
                .build();
        List<OrderItemRow> items = List.of(
                new OrderItemRow(orderId, 1, "SKU-1", "Noodles", 2, 1_000),
                new OrderItemRow(orderId, 2, "SKU-2", "Tea", 1, 1_000));
        transactions.executeWithoutResult(status -> {
            orders.insert(new OrderWithItems(row, items));
            userOrders.insert(row);
        });
        shopOrders.upsert(row);
        return OrderSnapshots.of(row, items);
    }

    public OrderSnapshot place(long userId, long shopId, Instant createdAt) {
        return place(userId, shopId, createdAt, b -> b);
    }

    /** Changes an order in the order copy (as a state change would), without touching cache or index. */
    public void change(OrderSnapshot order, UnaryOperator<OrderRow.Builder> change) {
        OrderRow current = orders.selectOrder(Long.parseLong(order.orderId()));
        OrderRow next =
                change.apply(current.toBuilder().version(current.version() + 1)).build();
        if (orders.compareAndSet(next, current.version()) != 1) {
            throw new IllegalStateException("order " + order.orderId() + " changed meanwhile");
        }
    }

    /** Indexes orders as order-async does (alias {@value SearchIndex#ALIAS}, external versions) and refreshes. */
    public void index(List<OrderSnapshot> snapshots) {
        ensureIndex();
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (OrderSnapshot order : snapshots) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("orderId", order.orderId());
            document.put("userId", order.userId());
            document.put("shopId", order.shopId());
            document.put("riderId", order.riderId());
            document.put("status", order.status().name());
            document.put("phone", order.address().phone());
            document.put("createdAt", order.createdAt().toString());
            document.put("payableCents", order.payableCents());
            document.put("version", order.version());
            document.put("order", order);
            bulk.operations(op -> op.index(i -> i.index(SearchIndex.ALIAS)
                    .id(order.orderId())
                    .versionType(VersionType.External)
                    .version(order.version())
                    .document(document)));
        }
        try {
            BulkResponse response = elasticsearch.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("bulk indexing failed: " + response.items());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates {@value SearchIndex#INDEX_V1} with its alias unless it exists (order-async may have made it). */
    private synchronized void ensureIndex() {
        if (indexReady) {
            return;
        }
        try {
            if (!elasticsearch.indices().exists(e -> e.index(SearchIndex.ALIAS)).value()) {
                try {
                    elasticsearch.indices().create(c -> c.index(SearchIndex.INDEX_V1)
                            .withJson(new StringReader(SearchIndex.MAPPING_V1))
                            .aliases(SearchIndex.ALIAS, a -> a));
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        indexReady = true;
    }

    /** The cached JSON of an order, or null. */
    public String cached(OrderSnapshot order) {
        return redis(
                () -> redis.commands().get(CacheKeys.order(order.orderId())).get(2, TimeUnit.SECONDS));
    }

    public boolean cachedMissing(long orderId) {
        return redis(() -> redis.commands()
                        .exists(CacheKeys.missingOrder(Long.toString(orderId)))
                        .get(2, TimeUnit.SECONDS))
                == 1;
    }

    /** Evicts an order as order-async does on an event. */
    public void evict(OrderSnapshot order) {
        redis(() -> redis.commands().del(CacheKeys.order(order.orderId())).get(2, TimeUnit.SECONDS));
    }

    public void putStats(long userId, Map<String, String> fields) {
        redis(() -> redis.commands()
                .hset(CacheKeys.userStats(Long.toString(userId)), fields)
                .get(2, TimeUnit.SECONDS));
    }

    private static <T> T redis(RedisCall<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException("Redis call failed", e);
        }
    }

    private interface RedisCall<T> {
        T run() throws Exception;
    }
}
