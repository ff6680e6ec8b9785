package io.ordercenter.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deploy/docker/docker-compose.yml} against the Compose Specification's JSON schema (see
 * {@code src/test/resources/compose-spec/README.md}), after YAML anchors and merge keys are resolved as
 * docker compose resolves them. Plus what the file promises: one published API port, on loopback.
 */
class ComposeFileSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_compose_file_fits_the_compose_specification() {
        List<String> errors = validate(composeFile());
        if (!errors.isEmpty()) {
            fail("deploy/docker/docker-compose.yml does not fit the compose-spec schema:\n  "
                    + String.join("\n  ", errors));
        }
    }

    @Test
    void a_misspelt_field_is_refused() {
        Map<String, Object> file = yaml(
                """
                services:
                  app:
                    image: alpine:3.20
                    healthchek: { test: ["CMD", "true"] }
                    depends_on: { db: { condition: service_healty } }
                  db:
                    image: alpine:3.20
                """);
        assertThat(validate(file))
                .anyMatch(e -> e.startsWith("/services/app:") && e.contains("healthchek"))
                .anyMatch(e -> e.startsWith("/services/app/depends_on/db/condition:"));
    }

    @Test
    void only_the_gateway_and_the_identity_provider_publish_ports_and_only_on_loopback() {
        Map<String, Object> services = ManifestEnvironment.map(composeFile().get("services"));
        services.forEach((name, spec) -> {
            List<Object> ports =
                    ManifestEnvironment.list(ManifestEnvironment.map(spec).get("ports"));
            if (!List.of("order-gateway", "order-identity").contains(name)) {
                assertThat(ports).as("ports of %s", name).isEmpty();
            }
            assertThat(ports).as("ports of %s", name).allSatisfy(p -> assertThat(String.valueOf(p))
                    .startsWith("127.0.0.1:"));
        });
        assertThat(ManifestEnvironment.list(
                        ManifestEnvironment.map(services.get("order-gateway")).get("ports")))
                .containsExactly("127.0.0.1:8080:8080");
    }

    @Test
    void every_service_waits_for_what_it_needs_to_be_healthy_or_done() {
        Map<String, Object> services = ManifestEnvironment.map(composeFile().get("services"));
        services.forEach((name, spec) -> {
            Object dependsOn = ManifestEnvironment.map(spec).get("depends_on");
            if (dependsOn != null) {
                assertThat(dependsOn)
                        .as("depends_on of %s uses conditions", name)
                        .isInstanceOf(Map.class);
                ManifestEnvironment.map(dependsOn).forEach((dependency, condition) -> assertThat(services)
                        .as("%s depends on %s", name, dependency)
                        .containsKey(dependency));
            }
        });
        for (String process : EnvironmentList.PROCESSES.values()) {
            assertThat(ManifestEnvironment.map(services.get(process)))
                    .as("%s has a health check", process)
                    .containsKey("healthcheck");
        }
    }

    private static List<String> validate(Map<String, Object> file) {
        Schema schema;
        try (InputStream in = ComposeFileSchemaTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            JsonNode node = JSON.readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    // the schema's relative $id ("compose_spec.json") needs a base: where it is loaded from
                    .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> errors = schema.validate(JSON.valueToTree(file));
        return errors.stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    private static Map<String, Object> composeFile() {
        try {
            return yaml(Files.readString(Repository.deploy("docker/docker-compose.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(String text) {
        return ManifestEnvironment.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
    }
}
