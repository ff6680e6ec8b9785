package io.ordercenter.async.search.infrastructure.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.ordercenter.async.search.application.OrderIndex;
import io.ordercenter.async.search.domain.IndexOutcome;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.SearchIndex;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes order documents with one bulk request, {@code version_type=external} with the order version:
 * Elasticsearch keeps a document only if its version is higher than the stored one, so a replayed or
 * late event is answered with a version conflict, which means "already newer" and counts as success.
 * Requests go to the alias and require it ({@code require_alias}), so a missing index is never
 * auto-created with a guessed mapping. A 429 or 5xx on any item fails the whole batch transiently.
 */
public final class ElasticsearchOrderIndex implements OrderIndex {

    private final ElasticsearchClient client;
    private final SearchIndexAdmin admin;
    private final SearchDocuments documents;
    private final DependencyGuard guard;

    public ElasticsearchOrderIndex(
            ElasticsearchClient client, SearchIndexAdmin admin, SearchDocuments documents, DependencyGuard guard) {
        this.client = client;
        this.admin = admin;
        this.documents = documents;
        this.guard = guard;
    }

    @Override
    public Map<String, IndexOutcome> index(List<OrderSnapshot> orders) {
        BulkRequest.Builder request = new BulkRequest.Builder().requireAlias(true);
        for (OrderSnapshot order : orders) {
            Map<String, Object> document = documents.of(order);
            request.operations(op -> op.index(index -> index.index(SearchIndex.ALIAS)
                    .id(order.orderId())
                    .version(order.version())
                    .versionType(VersionType.External)
                    .document(document)));
        }
        BulkRequest bulk = request.build();
        BulkResponse response = guard.call(() -> {
            try {
                admin.ensureIndex();
                return client.bulk(bulk);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<String, IndexOutcome> outcomes = new HashMap<>();
        for (BulkResponseItem item : response.items()) {
            outcomes.put(item.id(), outcome(item));
        }
        return outcomes;
    }

    private static IndexOutcome outcome(BulkResponseItem item) {
        if (item.error() == null) {
            return IndexOutcome.indexed();
        }
        int status = item.status();
        if (status == 409) {
            return IndexOutcome.alreadyNewer();
        }
        if (status == 429 || status >= 500) {
            throw Transient.dependencyUnavailable(
                    "search index",
                    new IOException(item.error().type() + ": " + item.error().reason()));
        }
        return IndexOutcome.rejected(item.error().type() + ": " + item.error().reason());
    }
}
