package io.ordercenter.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.deploy.cluster.ClusterEnvironment.Service;
import io.ordercenter.deploy.stack.ClusterSecrets;
import io.ordercenter.deploy.stack.ClusterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterEnvironmentTest {

    private static final Path DOC = Path.of("ENVIRONMENT.md");

    private final ClusterSettings cluster =
            ClusterSettings.fixed(Path.of("/h"), Path.of("/repo/deploy/target/stack"), false, -1);
    private final ClusterSecrets secrets = new ClusterSecrets(
            "p".repeat(43), "c".repeat(43), "k".repeat(43), "a".repeat(43), "d".repeat(43), "cluster-id");

    /** The variables of ENVIRONMENT.md's table, each with its "read by" column. */
    static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            if (!line.startsWith("| `OC_")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String name = cells[1].trim().replace("`", "");
            Set<String> readers =
                    Arrays.stream(cells[2].split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
            table.put(name, readers);
        }
        return table;
    }

    @Test
    void the_launcher_knows_exactly_the_documented_variables_with_the_documented_readers() throws IOException {
        Map<String, Set<String>> ours = new LinkedHashMap<>();
        ClusterEnvironment.VARIABLES
                .keySet()
                .forEach(name -> ours.put(name, new TreeSet<>(ClusterEnvironment.readers(name))));

        assertThat(ours).isEqualTo(documented());
        assertThat(List.copyOf(ours.keySet()))
                .isEqualTo(List.copyOf(documented().keySet()));
    }

    @Test
    void each_instance_gets_exactly_the_variables_its_service_reads_and_nothing_else() throws IOException {
        Map<String, Set<String>> doc = documented();
        for (Service service : Service.values()) {
            Set<String> expected = doc.entrySet().stream()
                    .filter(e -> e.getValue().contains(service.label()))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());

            Map<String, String> env = ClusterEnvironment.of(service, 8081, cluster, secrets);

            assertThat(env.keySet()).as(service.label()).isEqualTo(expected);
            assertThat(env.values()).as(service.label()).allSatisfy(v -> assertThat(v)
                    .isNotBlank());
        }
    }

    @Test
    void instances_are_pointed_at_every_server_and_every_instance_of_the_cluster() {
        Map<String, String> gateway = ClusterEnvironment.of(Service.GATEWAY, 8080, cluster, secrets);
        Map<String, String> async = ClusterEnvironment.of(Service.ASYNC, 8183, cluster, secrets);
        Map<String, String> trade = ClusterEnvironment.of(Service.TRADE, 8181, cluster, secrets);

        assertThat(gateway)
                .containsEntry("OC_HTTP_PORT", "8080")
                .containsEntry("OC_TRADE_URLS", "http://127.0.0.1:8081,http://127.0.0.1:8181")
                .containsEntry("OC_QUERY_URLS", "http://127.0.0.1:8082,http://127.0.0.1:8182")
                .containsEntry("OC_ASYNC_URLS", "http://127.0.0.1:8083,http://127.0.0.1:8183");
        assertThat(async)
                .containsEntry("OC_HTTP_PORT", "8183")
                .containsEntry("OC_KAFKA_BOOTSTRAP", "127.0.0.1:19092,127.0.0.1:19094,127.0.0.1:19096")
                .containsEntry("OC_ELASTICSEARCH_URLS", "http://127.0.0.1:19200,http://127.0.0.1:19201")
                .containsEntry("OC_SEARCH_REPLICAS", "1")
                .containsEntry("OC_ASYNC_CLIENT_SECRET", "a".repeat(43))
                .containsEntry("OC_IDENTITY_TOKEN_URI", "http://127.0.0.1:9000/oauth2/token");
        assertThat(trade)
                .containsEntry(
                        "OC_MYSQL_SHARDS",
                        "127.0.0.1:13306/oc_ds_0,127.0.0.1:13307/oc_ds_1,127.0.0.1:13308/oc_ds_2,127.0.0.1:13309/oc_ds_3")
                .containsEntry("OC_MYSQL_PASSWORD", "p".repeat(43))
                .containsEntry("OC_PAYMENT_CALLBACK_URL", "http://127.0.0.1:8080/api/v1/payments/callback")
                .containsEntry("OC_JWT_ISSUER", "http://127.0.0.1:9000")
                .containsEntry("OC_JWK_SET_URI", "http://127.0.0.1:9000/oauth2/jwks");
    }
}
