package io.ordercenter.identity.key;

import io.ordercenter.identity.IdentityProperties;
import io.ordercenter.identity.IdentityStartupChecks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The signing keys of this identity provider, kept in {@code ordercenter.identity.key-directory}. */
@Configuration(proxyBeanMethods = false)
public class KeyConfiguration {

    /** Tokens are accepted up to 60 s after {@code exp} (the services' clock skew); a retiring key waits that too. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    SigningKeys signingKeys(IdentityProperties properties, Environment environment) {
        // before the first key is made or loaded
        IdentityStartupChecks.check(properties, List.of(environment.getActiveProfiles()));
        KeyRing ring =
                new KeyRing(properties.rotationPeriod(), properties.publishDelay(), properties.tokenTtl(), MARGIN);
        return new SigningKeys(
                ring, new KeyDirectory(properties.keyDirectory()), Clock.systemUTC(), properties.checkInterval());
    }
}
