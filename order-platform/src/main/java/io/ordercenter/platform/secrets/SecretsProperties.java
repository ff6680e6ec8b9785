package io.ordercenter.platform.secrets;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The secrets a service checks at start-up in the prod profile, {@code ordercenter.secrets.checked[*]}. */
@ConfigurationProperties("ordercenter.secrets")
public record SecretsProperties(List<SecretRule> checked) {

    public SecretsProperties {
        checked = checked == null ? List.of() : List.copyOf(checked);
    }
}
