package io.ordercenter.identity.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.ordercenter.contracts.Role;
import io.ordercenter.identity.IdentityProperties;
import io.ordercenter.identity.key.SigningKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Authorization Server wired by hand (Boot 4.0.8 has no starter for it here): the protocol
 * endpoints ({@code /oauth2/token}, {@code /oauth2/jwks}, the server metadata) on their own filter
 * chain, the registered clients, the issuer, and a JWT encoder that signs with the key {@link
 * SigningKeys} says signs now while the JWK set endpoint publishes every current key.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        RequestMatcher endpoints = server.getEndpointsMatcher();
        http.securityMatcher(endpoints)
                .with(server, s -> {})
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Everything that is not a protocol endpoint: health and the (optional) demo endpoint, nothing else. */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http, IdentityProperties properties) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    if (properties.demo().enabled()) {
                        // the demo controller checks its own secret
                        requests.requestMatchers(HttpMethod.POST, "/demo/token").permitAll();
                    }
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    PasswordEncoder clientSecretEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(orderAsync(properties, encoder));
        // Later: the support console ("console"), authorization code with PKCE (public client,
        // ClientSettings.requireProofKey(true), its redirect URI from an OC_IDENTITY_CONSOLE_* variable)
        // and people signing in; it belongs in this list. Not built yet.
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** order-async: client credentials, its tokens carry {@code roles: [SYSTEM]}. */
    static RegisteredClient orderAsync(IdentityProperties properties, PasswordEncoder encoder) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(
                                properties.asyncClient().id().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString())
                .clientId(properties.asyncClient().id())
                .clientSecret(encoder.encode(properties.asyncClient().secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(TokenClaims.ROLES_SETTING, List.of(Role.SYSTEM.name()))
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.tokenTtl())
                        .build())
                .build();
    }

    /** The JWK set endpoint's view: every published key. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(new JWKSet(keys.published()));
    }

    /** Signs with exactly the one key that signs now. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.signing())));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(SigningKeys keys) {
        return new TokenClaims(keys);
    }
}
