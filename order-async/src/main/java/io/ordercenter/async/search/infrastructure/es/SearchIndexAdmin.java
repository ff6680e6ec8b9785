package io.ordercenter.async.search.infrastructure.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.ordercenter.contracts.SearchIndex;
import java.io.IOException;
import java.io.StringReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure index {@code orders_v1} exists with {@link SearchIndex#MAPPING_V1} behind alias {@code
 * orders}, with the configured shards and replicas (replicas are also set on an index that exists).
 * Run before the first write (and tried at start-up), never failing start-up: with Elasticsearch
 * down the search concern simply waits.
 */
public final class SearchIndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);

    private final ElasticsearchClient client;
    private final int shards;
    private final int replicas;
    private volatile boolean ready;

    public SearchIndexAdmin(ElasticsearchClient client, int shards, int replicas) {
        this.client = client;
        this.shards = shards;
        this.replicas = replicas;
    }

    /** Creates the index and alias if missing. */
    public void ensureIndex() throws IOException {
        if (ready) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(SearchIndex.ALIAS)).value()) {
            try {
                client.indices().create(c -> c.withJson(new StringReader(SearchIndex.MAPPING_V1))
                        .index(SearchIndex.INDEX_V1)
                        .settings(st -> st.numberOfShards(Integer.toString(shards))
                                .numberOfReplicas(Integer.toString(replicas))
                                .refreshInterval(t -> t.time("1s")))
                        .aliases(SearchIndex.ALIAS, a -> a.isWriteIndex(true)));
                log.info(
                        "created search index {} behind alias {} ({} shards, {} replicas)",
                        SearchIndex.INDEX_V1,
                        SearchIndex.ALIAS,
                        shards,
                        replicas);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
                client.indices().putAlias(a -> a.index(SearchIndex.INDEX_V1).name(SearchIndex.ALIAS));
            }
        } else {
            client.indices().putSettings(p -> p.index(SearchIndex.ALIAS)
                    .settings(st -> st.numberOfReplicas(Integer.toString(replicas))));
        }
        ready = true;
    }

    /** Tries once at start-up; a failure is only logged. */
    public void tryEnsureIndex() {
        try {
            ensureIndex();
        } catch (IOException | RuntimeException e) {
            log.warn("search index not checked at start-up (Elasticsearch unavailable?): {}", e.toString());
        }
    }
}
