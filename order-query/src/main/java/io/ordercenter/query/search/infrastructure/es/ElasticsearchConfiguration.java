package io.ordercenter.query.search.infrastructure.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch client: the 8.19 Java client (an 8.19 server refuses Boot's 9.x client, so
 * Boot's Elasticsearch support is not on the class path) over the low-level REST client, mapping
 * JSON with Boot's Jackson 3 through the client's {@link Jackson3JsonpMapper}. Health comes from
 * {@code /_cluster/health}: the 8.19 test distribution answers {@code GET /} (info, ping) with 405.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
public class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
        return RestClient.builder(properties.hosts())
                .setRequestConfigCallback(config -> config.setConnectTimeout(
                                (int) properties.connectTimeout().toMillis())
                        .setSocketTimeout((int) properties.socketTimeout().toMillis()))
                .setHttpClientConfigCallback(http -> http.setMaxConnTotal(properties.maxConnections())
                        .setMaxConnPerRoute(properties.maxConnections()))
                .build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient, JsonMapper json) {
        JsonMapper tolerant = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper(tolerant)));
    }

    @Bean
    HealthIndicator elasticsearchHealthIndicator(RestClient restClient, JsonMapper json) {
        return () -> {
            try {
                Response response = restClient.performRequest(new Request("GET", "/_cluster/health"));
                JsonNode health = json.readTree(response.getEntity().getContent());
                String status = health.path("status").asString("red");
                return "red".equals(status)
                        ? Health.down().withDetail("status", status).build()
                        : Health.up().withDetail("status", status).build();
            } catch (Exception e) {
                return Health.down().build();
            }
        };
    }
}
