package io.ordercenter.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SecretsCheckTest {

    private static final String RANDOM_64 = "3f9a1c07be52d846e0a7f31b9c5d2e8841b6a09fd37c5e2a1b8f06d4c9e3a7b2";
    private static final List<SecretRule> RULES =
            List.of(new SecretRule("OC_CURSOR_SECRET", 32), new SecretRule("OC_MYSQL_PASSWORD", 16));

    @Test
    void random_secrets_of_their_minimum_length_pass() {
        Map<String, String> env = Map.of("OC_CURSOR_SECRET", RANDOM_64, "OC_MYSQL_PASSWORD", "kQ7#vN2pX9wL4rT6");
        assertThat(SecretsCheck.problems(RULES, env::get)).isEmpty();
        assertThatNoException().isThrownBy(() -> SecretsCheck.verify(RULES, env::get));
    }

    @Test
    void a_missing_or_blank_secret_is_refused_by_name() {
        Map<String, String> env = Map.of("OC_MYSQL_PASSWORD", "   ");
        assertThat(SecretsCheck.problems(RULES, env::get))
                .containsExactly("OC_CURSOR_SECRET is not set", "OC_MYSQL_PASSWORD is not set");
    }

    @Test
    void a_secret_shorter_than_its_minimum_is_refused_with_both_lengths() {
        Map<String, String> env =
                Map.of("OC_CURSOR_SECRET", RANDOM_64.substring(0, 20), "OC_MYSQL_PASSWORD", "kQ7#vN2pX9wL4rT6");
        assertThat(SecretsCheck.problems(RULES, env::get))
                .containsExactly("OC_CURSOR_SECRET is shorter than its minimum of 32 characters (it has 20)");
    }

    @Test
    void the_placeholders_of_the_old_manifest_are_refused_even_when_long_enough() {
        for (String placeholder : List.of(
                "change-me-to-the-channel-secret-of-the-payment-provider",
                "CHANGEME-0123456789abcdef0123456789abcdef",
                "https://example.com/0123456789abcdef0123456789",
                "my-super-long-cursor-secret-0123456789abcdef",
                "Password1234567890abcdefghijklmnopqrstuvw")) {
            Map<String, String> env = Map.of("OC_CURSOR_SECRET", placeholder, "OC_MYSQL_PASSWORD", "kQ7#vN2pX9wL4rT6");
            assertThat(SecretsCheck.problems(RULES, env::get))
                    .as(placeholder)
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("OC_CURSOR_SECRET looks like a placeholder");
        }
    }

    @Test
    void a_long_run_of_few_characters_is_refused_as_not_random() {
        Map<String, String> env =
                Map.of("OC_CURSOR_SECRET", "a".repeat(40), "OC_MYSQL_PASSWORD", "abababababababababab");
        assertThat(SecretsCheck.problems(RULES, env::get))
                .containsExactly(
                        "OC_CURSOR_SECRET is not random (only 1 distinct characters)",
                        "OC_MYSQL_PASSWORD is not random (only 2 distinct characters)");
    }

    @Test
    void the_refusal_names_every_unfit_variable_and_never_a_value() {
        String shortValue = "Zq8!vR3m";
        Map<String, String> env = Map.of("OC_MYSQL_PASSWORD", shortValue);
        assertThatThrownBy(() -> SecretsCheck.verify(RULES, env::get))
                .isInstanceOf(InsecureSecretsException.class)
                .hasMessageContaining("OC_CURSOR_SECRET is not set")
                .hasMessageContaining("OC_MYSQL_PASSWORD is shorter than its minimum of 16 characters (it has 8)")
                .hasMessageNotContaining(shortValue)
                .satisfies(e ->
                        assertThat(((InsecureSecretsException) e).problems()).hasSize(2));
    }

    @Test
    void a_prod_profile_without_rules_is_a_mistake_not_a_pass() {
        assertThatThrownBy(() -> SecretsCheck.verify(List.of(), name -> null))
                .hasMessageContaining("ordercenter.secrets.checked names none");
    }

    @Test
    void the_start_up_check_binds_the_rules_and_reads_the_variables_from_the_environment() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("ordercenter.secrets.checked[0].variable", "OC_PAYMENT_CALLBACK_SECRET");
        properties.put("ordercenter.secrets.checked[0].min-length", "32");
        properties.put("OC_PAYMENT_CALLBACK_SECRET", "change-me-to-the-channel-secret");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        SecretsCheckConfiguration.CheckOnStart check = new SecretsCheckConfiguration.CheckOnStart();
        check.setEnvironment(environment);

        assertThatThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
                .isInstanceOf(InsecureSecretsException.class)
                .hasMessageContaining("OC_PAYMENT_CALLBACK_SECRET looks like a placeholder");

        properties.put("OC_PAYMENT_CALLBACK_SECRET", RANDOM_64);
        assertThatNoException().isThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()));
    }
}
