package io.ordercenter.async.reconciliation.infrastructure.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.ordercenter.async.reconciliation.application.ProjectedCopies;
import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.CopyState;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.SearchIndex;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The search index's documents, read with one multi-get per page (real-time, no refresh needed). */
public final class SearchCopies implements ProjectedCopies {

    private final ElasticsearchClient client;
    private final DependencyGuard guard;

    public SearchCopies(ElasticsearchClient client, DependencyGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    @Override
    public Copy copy() {
        return Copy.SEARCH;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, CopyState> read(List<OrderRef> orders) {
        if (orders.isEmpty()) {
            return Map.of();
        }
        List<String> ids = orders.stream().map(OrderRef::id).toList();
        MgetResponse<Map> response = guard.call(() -> {
            try {
                return client.mget(m -> m.index(SearchIndex.ALIAS).ids(ids), Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<String, CopyState> states = new HashMap<>();
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                Map<String, Object> source = item.result().source();
                states.put(item.result().id(), state(source));
            }
        }
        return states;
    }

    @SuppressWarnings("unchecked")
    static CopyState state(Map<String, Object> source) {
        Map<String, Object> order =
                source.get("order") instanceof Map<?, ?> nested ? (Map<String, Object>) nested : Map.of();
        return new CopyState(
                OrderStatus.valueOf(String.valueOf(source.get("status"))),
                number(source.get("version")),
                CopyState.amounts(
                        number(order.get("goodsCents")),
                        number(order.get("deliveryFeeCents")),
                        number(order.get("deliveryFeeWaivedCents")),
                        number(order.get("discountCents")),
                        number(source.get("payableCents"))));
    }

    private static long number(Object value) {
        return value instanceof Number number
                ? number.longValue()
                : value == null ? 0 : Long.parseLong(value.toString());
    }
}
