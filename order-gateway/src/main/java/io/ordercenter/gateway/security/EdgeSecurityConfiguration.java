package io.ordercenter.gateway.security;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.gateway.routing.PublicPaths;
import io.ordercenter.platform.security.BearerTokenConfiguration;
import io.ordercenter.platform.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every {@code /api/**} call but the signed payment callback needs a valid bearer token, checked
 * with the decoder every service uses ({@link BearerTokenConfiguration}); a missing or invalid one
 * is answered {@code 401 UNAUTHENTICATED} here, before any service is asked. The token itself is
 * passed on untouched: the services check it again and decide what the caller may see. Which roles
 * may call what is theirs to decide, not the edge's. Other paths pass to the routes (which answer
 * 404 for anything that is not an endpoint); actuator exposes health and Prometheus metrics only.
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerTokenConfiguration.class)
public class EdgeSecurityConfiguration {

    @Bean
    SecurityFilterChain edgeSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                problems.write(response, ErrorCode.UNAUTHENTICATED, "A valid bearer token is required.");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PublicPaths.PAYMENT_CALLBACK)
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> {}).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated));
        return http.build();
    }
}
