package io.ordercenter.query.platform.security;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.platform.security.BearerTokenConfiguration;
import io.ordercenter.platform.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every {@code /api/**} call needs a valid bearer token; which orders a caller may see is decided
 * per request by the {@link io.ordercenter.contracts.Caller} rules. Actuator shows health and
 * Prometheus metrics only; everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerTokenConfiguration.class)
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
}
