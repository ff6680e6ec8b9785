package io.ordercenter.platform.security;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How every service checks bearer tokens ({@link JwtProperties}): against the identity provider's
 * JWK set, or, in the local and test profiles only, the development HMAC key. Each service keeps its
 * own filter chain (which paths need which roles).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
public class BearerTokenConfiguration {

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        if (properties.hmacSecret() != null && !properties.hmacSecret().isBlank()) {
            byte[] key = properties.hmacSecret().getBytes(StandardCharsets.UTF_8);
            return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
        }
        if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
            return NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        }
        throw new IllegalStateException(
                "set ordercenter.security.jwt.jwk-set-uri (or, in the local and test profiles only, hmac-secret)");
    }
}
