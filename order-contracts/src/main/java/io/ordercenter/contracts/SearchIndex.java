package io.ordercenter.contracts;

/**
 * The Elasticsearch index of orders: written in bulk by order-async, queried by order-query. Each
 * document is the {@link OrderSnapshot} (unmasked; the read side masks) plus flat fields to filter
 * and sort on. Documents are written with external versioning on {@code version}, so a replayed or
 * reordered event never overwrites a newer one.
 */
public final class SearchIndex {

    /** The alias both sides use; the physical index behind it carries a schema version suffix. */
    public static final String ALIAS = "orders";

    public static final String INDEX_V1 = "orders_v1";

    /**
     * Explicit mapping (dynamic mapping off): ids and the phone as {@code keyword} for exact and
     * {@code prefix} queries, times as {@code date}, amounts as {@code long}. The snapshot itself is
     * kept in {@code _source} under {@code order} but not indexed.
     */
    public static final String MAPPING_V1 =
            """
            {
              "settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"},
              "mappings": {
                "dynamic": "strict",
                "properties": {
                  "orderId":     {"type": "keyword"},
                  "userId":      {"type": "keyword"},
                  "shopId":      {"type": "keyword"},
                  "riderId":     {"type": "keyword"},
                  "status":      {"type": "keyword"},
                  "phone":       {"type": "keyword"},
                  "createdAt":   {"type": "date"},
                  "payableCents":{"type": "long"},
                  "version":     {"type": "long"},
                  "order":       {"type": "object", "enabled": false}
                }
              }
            }
            """;

    private SearchIndex() {}
}
