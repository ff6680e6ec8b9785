package io.ordercenter.query.search.infrastructure.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.SearchIndex;
import io.ordercenter.query.platform.paging.Position;
import io.ordercenter.query.platform.resilience.DependencyGuard;
import io.ordercenter.query.search.application.OrderIndex;
import io.ordercenter.query.search.application.SearchCriteria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OrderIndex} on the {@value SearchIndex#ALIAS} alias: filters only (a {@code prefix} query
 * on the keyword {@code phone}, {@code term}s on shop and status, a {@code range} on {@code
 * createdAt}), sorted by {@code createdAt} then {@code orderId}, both descending, paged with {@code
 * search_after}. No total hit count is computed, and only the {@code order} part of each document is
 * fetched. Runs through the {@code elasticsearch} guard.
 */
public final class ElasticsearchOrderIndex implements OrderIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchOrderIndex.class);

    private final ElasticsearchClient client;
    private final DependencyGuard guard;

    public ElasticsearchOrderIndex(ElasticsearchClient client, DependencyGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    @Override
    public List<OrderSnapshot> search(SearchCriteria criteria, Position after, int limit) {
        SearchResponse<IndexedOrder> response = guard.call(() -> query(criteria, after, limit));
        return response.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .map(IndexedOrder::order)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Runs one search outside the guard, waiting at most {@code wait}, so that the first request
     * does not pay for loading the client's classes and opening a connection (on a cold JVM that
     * takes longer than the time limit). Failing is fine: the service starts while the index is down.
     */
    public void warmUp(Duration wait) {
        SearchCriteria probe = new SearchCriteria("000", null, null, null, null);
        try {
            CompletableFuture.runAsync(() -> query(probe, null, 1)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Elasticsearch did not answer the warm-up search; searches may answer 503 until it does");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SearchResponse<IndexedOrder> query(SearchCriteria criteria, Position after, int limit) {
        try {
            return client.search(
                    s -> {
                        s.index(SearchIndex.ALIAS)
                                .ignoreUnavailable(true)
                                .allowNoIndices(true)
                                .size(limit)
                                .trackTotalHits(t -> t.enabled(false))
                                .source(src -> src.filter(f -> f.includes("order")))
                                .query(q -> q.bool(b -> filters(b, criteria)))
                                .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("orderId").order(SortOrder.Desc)));
                        if (after != null) {
                            s.searchAfter(List.of(
                                    FieldValue.of(after.createdAt().toEpochMilli()),
                                    FieldValue.of(Long.toString(after.orderId()))));
                        }
                        return s;
                    },
                    IndexedOrder.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BoolQuery.Builder filters(BoolQuery.Builder bool, SearchCriteria criteria) {
        bool.filter(f -> f.prefix(p -> p.field("phone").value(criteria.phonePrefix())));
        if (criteria.shopId() != null) {
            bool.filter(f -> f.term(t -> t.field("shopId").value(Long.toString(criteria.shopId()))));
        }
        if (criteria.status() != null) {
            bool.filter(
                    f -> f.term(t -> t.field("status").value(criteria.status().name())));
        }
        if (criteria.from() != null || criteria.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("createdAt");
                if (criteria.from() != null) {
                    d.gte(criteria.from().toString());
                }
                if (criteria.to() != null) {
                    d.lt(criteria.to().toString());
                }
                return d;
            })));
        }
        return bool;
    }

    /** The part of an index document we read: the whole order, unmasked. */
    record IndexedOrder(OrderSnapshot order) {}
}
