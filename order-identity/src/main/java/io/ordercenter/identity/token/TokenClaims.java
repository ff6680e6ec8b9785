package io.ordercenter.identity.token;

import io.ordercenter.identity.key.SigningKeys;
import java.util.List;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What every access token carries beyond Spring Authorization Server's {@code iss}, {@code sub},
 * {@code iat} and {@code exp}: {@code aud} = {@value #AUDIENCE}, the client's {@code roles} (and
 * {@code shop_id} where it has one), and in the header the id of the key that signs now.
 */
public final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String AUDIENCE = "order-center";

    /** The client setting holding the roles its tokens carry. */
    public static final String ROLES_SETTING = "ordercenter.roles";

    private final SigningKeys keys;

    public TokenClaims(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.signing().getKeyID());
        context.getClaims().audience(List.of(AUDIENCE));
        RegisteredClient client = context.getRegisteredClient();
        List<String> roles = client.getClientSettings().getSetting(ROLES_SETTING);
        context.getClaims().claim("roles", roles == null ? List.of() : roles);
    }
}
