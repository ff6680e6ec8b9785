package io.ordercenter.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessReadsTest {

    @TempDir
    Path module;

    @Test
    void placeholders_of_every_profile_nested_defaults_and_getenv_in_main_code_are_reads() throws IOException {
        Path resources = Files.createDirectories(module.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), "a: ${OC_SHOP_URL:${OC_DEPENDENCIES_URL:http://x}}\n");
        Files.writeString(resources.resolve("application-prod.yml"), "b: ${OC_CURSOR_SECRET}\n");
        Files.writeString(resources.resolve("logback.xml"), "<x>${OC_NOT_CONFIGURATION}</x>\n");
        Path java = Files.createDirectories(module.resolve("src/main/java/x"));
        Files.writeString(java.resolve("A.java"), "class A { String s = System.getenv(\"OC_TOKEN\"); }\n");
        Path test = Files.createDirectories(module.resolve("src/test/resources"));
        Files.writeString(test.resolve("application.yml"), "c: ${OC_TEST_ONLY}\n");

        assertThat(ProcessReads.of(module))
                .containsOnlyKeys("OC_SHOP_URL", "OC_DEPENDENCIES_URL", "OC_CURSOR_SECRET", "OC_TOKEN")
                .containsEntry("OC_TOKEN", Set.of("src/main/java/x/A.java"));
    }
}
