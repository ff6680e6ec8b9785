package io.ordercenter.async.reconciliation.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.ordercenter.async.reconciliation.application.CopyRepairs;
import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import io.ordercenter.async.search.infrastructure.es.SearchDocuments;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.SearchIndex;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.CopyRepairMapper;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderSnapshots;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Re-projects a copy from the order copy as it is now: the user and shop copies are overwritten
 * unless they are newer ({@link CopyRepairMapper}), the search document is written with {@code
 * version_type=external_gte} (so the same version is overwritten, a newer one kept), the cache entry
 * is evicted (the next read fills it from the order copy).
 */
public final class CopyRepairer implements CopyRepairs {

    private final OrderMapper orders;
    private final CopyRepairMapper copies;
    private final ElasticsearchClient search;
    private final SearchDocuments documents;
    private final RedisConnection redis;
    private final DependencyGuard database;
    private final DependencyGuard elasticsearch;
    private final DependencyGuard cache;

    public CopyRepairer(
            OrderMapper orders,
            CopyRepairMapper copies,
            ElasticsearchClient search,
            SearchDocuments documents,
            RedisConnection redis,
            DependencyGuard database,
            DependencyGuard elasticsearch,
            DependencyGuard cache) {
        this.orders = orders;
        this.copies = copies;
        this.search = search;
        this.documents = documents;
        this.redis = redis;
        this.database = database;
        this.elasticsearch = elasticsearch;
        this.cache = cache;
    }

    @Override
    public void repair(Copy copy, OrderRef order) {
        if (copy == Copy.CACHE) {
            cache.call(() -> redis.sync().del(CacheKeys.order(order.id()), CacheKeys.missingOrder(order.id())));
            return;
        }
        Optional<OrderWithItems> current = database.call(() -> orders.findOrder(order.orderId()));
        if (current.isEmpty()) {
            return;
        }
        OrderWithItems row = current.get();
        switch (copy) {
            case USER -> database.call(() -> copies.repairUserCopy(row.order()));
            case SHOP -> database.call(() -> copies.repairShopCopy(row.order()));
            case SEARCH -> {
                OrderSnapshot snapshot = OrderSnapshots.of(row.order(), row.items());
                Map<String, Object> document = documents.of(snapshot);
                elasticsearch.call(() -> {
                    try {
                        return search.index(i -> i.index(SearchIndex.ALIAS)
                                .id(snapshot.orderId())
                                .version(snapshot.version())
                                .versionType(VersionType.ExternalGte)
                                .document(document));
                    } catch (ElasticsearchException e) {
                        if (e.status() == 409) {
                            return null; // the index holds a newer version: nothing to repair
                        }
                        throw e;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            default -> throw new IllegalArgumentException("cannot repair " + copy);
        }
    }
}
