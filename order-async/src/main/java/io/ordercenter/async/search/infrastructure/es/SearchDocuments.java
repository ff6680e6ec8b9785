package io.ordercenter.async.search.infrastructure.es;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.SearchIndex;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document of an order in {@link SearchIndex}: the flat fields of {@link SearchIndex#MAPPING_V1}
 * to filter and sort on, and the whole snapshot (unmasked) under {@code order}. Plain maps and
 * strings only, so the client's Jackson 2 mapper writes them as they are.
 */
public final class SearchDocuments {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JsonMapper json;

    public SearchDocuments(JsonMapper json) {
        this.json = json;
    }

    public Map<String, Object> of(OrderSnapshot order) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("orderId", order.orderId());
        document.put("userId", order.userId());
        document.put("shopId", order.shopId());
        document.put("riderId", order.riderId());
        document.put("status", order.status().name());
        document.put("phone", order.address() == null ? null : order.address().phone());
        document.put(
                "createdAt",
                order.createdAt() == null ? null : order.createdAt().toString());
        document.put("payableCents", order.payableCents());
        document.put("version", order.version());
        document.put("order", json.convertValue(order, MAP));
        return document;
    }
}
