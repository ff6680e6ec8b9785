package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSecretsTest {

    @TempDir
    Path home;

    @Test
    void secrets_are_32_random_bytes_each_made_once_per_home_and_kept_private() throws Exception {
        ClusterSecrets first = ClusterSecrets.of(home);
        ClusterSecrets again = ClusterSecrets.of(home);

        assertThat(again).isEqualTo(first);
        Set<String> values = Set.of(
                first.mysqlPassword(),
                first.paymentCallbackSecret(),
                first.cursorSecret(),
                first.asyncClientSecret(),
                first.identityDemoSecret());
        assertThat(values).hasSize(5).allSatisfy(secret -> assertThat(
                        Base64.getUrlDecoder().decode(secret))
                .hasSize(32));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(ClusterSecrets.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void another_home_gets_other_secrets() throws Exception {
        ClusterSecrets one = ClusterSecrets.of(home.resolve("one"));
        ClusterSecrets two = ClusterSecrets.of(home.resolve("two"));

        assertThat(two.mysqlPassword()).isNotEqualTo(one.mysqlPassword());
        assertThat(two.kafkaClusterId()).isNotEqualTo(one.kafkaClusterId());
    }

    @Test
    void a_short_or_blank_secret_in_the_file_is_replaced_by_a_random_one() throws Exception {
        Files.writeString(home.resolve(ClusterSecrets.FILE_NAME), "cursor.secret=change-me\n");

        ClusterSecrets secrets = ClusterSecrets.of(home);

        assertThat(secrets.cursorSecret()).isNotEqualTo("change-me").hasSize(43);
    }
}
