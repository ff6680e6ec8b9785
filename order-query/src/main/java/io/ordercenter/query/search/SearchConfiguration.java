package io.ordercenter.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.ordercenter.query.platform.paging.CursorCodec;
import io.ordercenter.query.platform.resilience.DependencyGuards;
import io.ordercenter.query.search.application.OrderSearch;
import io.ordercenter.query.search.infrastructure.es.ElasticsearchOrderIndex;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the search. Its one dependency, Elasticsearch, runs behind the {@code elasticsearch} guard:
 * its own threads, a time limit and a circuit breaker. Slow or down → 503 {@code
 * DEPENDENCY_UNAVAILABLE} with {@code Retry-After} within the time limit (at once while the breaker
 * is open); no other endpoint shares anything with it but the web server's threads, of which it
 * can hold no more than its bulkhead admits.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    @Bean
    OrderSearch orderSearch(ElasticsearchClient client, DependencyGuards guards, CursorCodec cursors) {
        ElasticsearchOrderIndex index = new ElasticsearchOrderIndex(client, guards.blocking("elasticsearch", "search"));
        index.warmUp(Duration.ofSeconds(5));
        return new OrderSearch(index, cursors);
    }
}
