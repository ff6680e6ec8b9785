package io.ordercenter.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * How every service checks bearer tokens ({@link JwtProperties}, rules in {@link
 * BearerTokenDecoders}): issuer, audience and expiry always; signatures against the identity
 * provider's JWK set, or, in the local and test profiles only, the development HMAC key. Each
 * service keeps its own filter chain (which paths need which roles).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
public class BearerTokenConfiguration {

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties, Environment environment) {
        return BearerTokenDecoders.decoder(properties, environment.getActiveProfiles());
    }
}
