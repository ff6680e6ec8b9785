package io.ordercenter.async.platform.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * order-async's SYSTEM token from the identity provider by OAuth2 client credentials, through Spring
 * Security's {@link OAuth2AuthorizedClientManager}: the token is kept and reused, and replaced by a
 * new one once it would expire within {@code refreshBefore} (the provider's clock skew). A failure
 * to get one surfaces as an exception in the calling task, which retries it like any unavailable
 * dependency.
 */
final class ClientCredentialsSystemTokens implements SystemTokens {

    static final String REGISTRATION_ID = "order-identity";

    private final OAuth2AuthorizedClientManager manager;
    private final OAuth2AuthorizeRequest request;

    ClientCredentialsSystemTokens(
            String tokenUri, String clientId, String clientSecret, Duration refreshBefore, Clock clock) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUri)
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager clients =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                        registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(c -> c.clockSkew(refreshBefore).clock(clock))
                .build());
        this.manager = clients;
        this.request = OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION_ID)
                .principal(clientId)
                .build();
    }

    @Override
    public synchronized String bearer() {
        OAuth2AuthorizedClient client = manager.authorize(request);
        if (client == null) {
            throw new IllegalStateException("the identity provider gave order-async no SYSTEM token");
        }
        return client.getAccessToken().getTokenValue();
    }
}
