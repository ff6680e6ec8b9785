package io.ordercenter.async.platform.security;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.platform.security.BearerTokenConfiguration;
import io.ordercenter.platform.web.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
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
    SystemTokens systemTokens(SystemTokenProperties properties) {
        if (properties.hmacSecret() != null && !properties.hmacSecret().isBlank()) {
            return new HmacSystemTokens(properties.hmacSecret(), properties.subject(), properties.ttl());
        }
        if (properties.token() != null && !properties.token().isBlank()) {
            return properties::token;
        }
        throw new IllegalStateException("set ordercenter.security.system-token.token (the SYSTEM bearer token for"
                + " order-trade's internal endpoints), or, in the local and test profiles only, hmac-secret");
    }
}
