package io.ordercenter.query.platform.security;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.platform.web.ProblemWriter;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every {@code /api/**} call needs a valid bearer token; which orders a caller may see is decided
 * per request by the {@link io.ordercenter.contracts.Caller} rules. Actuator shows health and
 * Prometheus metrics only; everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                problems.write(response, ErrorCode.UNAUTHENTICATED, "A valid bearer token is required.");
        AccessDeniedHandler forbidden =
                (request, response, e) -> problems.write(response, ErrorCode.FORBIDDEN, "This caller may not do that.");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> {})
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        return http.build();
    }

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
