package io.ordercenter.async.search.infrastructure.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.ordercenter.async.platform.kafka.EventCodec;
import io.ordercenter.async.platform.resilience.Dependencies;
import io.ordercenter.async.search.application.OrderIndex;
import io.ordercenter.async.search.application.SearchProjection;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.platform.resilience.DependencyGuards;
import java.time.Clock;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch 8.19 client on the low-level {@link RestClient} with Jackson 2 ({@link
 * JacksonJsonpMapper}); Boot's own Elasticsearch auto-configuration (9.x, Rest5Client) is not used.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties) {
        return RestClient.builder(properties.hosts())
                .setRequestConfigCallback(config -> config.setConnectTimeout(
                                (int) properties.connectTimeout().toMillis())
                        .setSocketTimeout((int) properties.socketTimeout().toMillis()))
                .build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    @Bean
    SearchIndexAdmin searchIndexAdmin(ElasticsearchClient client, SearchProperties properties) {
        SearchIndexAdmin admin = new SearchIndexAdmin(client, properties.shards(), properties.replicas());
        admin.tryEnsureIndex();
        return admin;
    }

    @Bean
    SearchDocuments searchDocuments(EventCodec codec) {
        return new SearchDocuments(codec.mapper());
    }

    @Bean
    OrderIndex orderIndex(
            ElasticsearchClient client, SearchIndexAdmin admin, SearchDocuments documents, DependencyGuards guards) {
        return new ElasticsearchOrderIndex(client, admin, documents, guards.guard(Dependencies.ELASTICSEARCH));
    }

    @Bean
    SearchProjection searchProjection(OrderIndex index, Timelines timelines, Clock clock) {
        return new SearchProjection(index, timelines, clock);
    }
}
