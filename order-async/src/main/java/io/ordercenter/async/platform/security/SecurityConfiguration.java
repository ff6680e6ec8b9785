package io.ordercenter.async.platform.security;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.platform.security.BearerTokenConfiguration;
import io.ordercenter.platform.security.JwtProperties;
import io.ordercenter.platform.web.ProblemWriter;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every {@code /api/**} call needs a valid bearer token (the admin endpoints then require SUPPORT).
 * Actuator shows health and metrics (Prometheus) only; everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerTokenConfiguration.class)
@EnableConfigurationProperties(SystemTokenProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/actuator/metrics",
                                "/actuator/metrics/**")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> {})
                        .authenticationEntryPoint((request, response, e) -> problems.write(
                                response, ErrorCode.UNAUTHENTICATED, "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, ErrorCode.FORBIDDEN, "This caller may not do that.")))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                response, ErrorCode.UNAUTHENTICATED, "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, ErrorCode.FORBIDDEN, "This caller may not do that.")));
        return http.build();
    }

    @Bean
    SystemTokens systemTokens(SystemTokenProperties properties, JwtProperties jwt, Environment environment) {
        if (properties.usesIdentityProvider()) {
            if (properties.clientId() == null
                    || properties.clientId().isBlank()
                    || properties.clientSecret() == null
                    || properties.clientSecret().isBlank()) {
                throw new IllegalStateException("ordercenter.security.system-token.token-uri is set: set client-id and"
                        + " client-secret too (OC_ASYNC_CLIENT_ID, OC_ASYNC_CLIENT_SECRET)");
            }
            return new ClientCredentialsSystemTokens(
                    properties.tokenUri(),
                    properties.clientId(),
                    properties.clientSecret(),
                    properties.refreshBefore(),
                    Clock.systemUTC());
        }
        List<String> profiles = List.of(environment.getActiveProfiles());
        if (properties.hasDevelopmentKey()
                && !profiles.contains("prod")
                && (profiles.contains("local") || profiles.contains("test"))) {
            return new HmacSystemTokens(properties.hmacSecret(), jwt.issuer(), properties.subject(), properties.ttl());
        }
        throw new IllegalStateException("set ordercenter.security.system-token.token-uri (OC_IDENTITY_TOKEN_URI, the"
                + " identity provider's token endpoint order-async gets its SYSTEM token from), client-id and"
                + " client-secret; only the local and test profiles may mint it with the development hmac-secret");
    }
}
