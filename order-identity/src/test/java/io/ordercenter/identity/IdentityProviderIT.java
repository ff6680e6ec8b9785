package io.ordercenter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import io.ordercenter.platform.security.BearerTokenDecoders;
import io.ordercenter.platform.security.JwtProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity provider as a running server on a random port, with a rotation period of seconds so
 * that a whole rollover happens during the test. Tokens are checked with the services' own decoder
 * ({@link BearerTokenDecoders}, as in the prod profile) against the provider's JWK set.
 */
@SpringBootTest(classes = OrderIdentityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityProviderIT {

    private static final String ISSUER = "https://identity.it.ordercenter.test";
    private static final String CLIENT_SECRET = "it-async-client-secret-0123456789abcdef";
    private static final String DEMO_SECRET = "it-demo-0123456789abcdef0123456789abcdef";
    private static final Duration PUBLISH_DELAY = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) throws Exception {
        Path keys = Files.createTempDirectory("identity-it-keys");
        registry.add("ordercenter.identity.issuer", () -> ISSUER);
        registry.add("ordercenter.identity.key-directory", keys::toString);
        registry.add("ordercenter.identity.async-client.id", () -> "order-async");
        registry.add("ordercenter.identity.async-client.secret", () -> CLIENT_SECRET);
        registry.add("ordercenter.identity.demo.secret", () -> DEMO_SECRET);
        registry.add("ordercenter.identity.token-ttl", () -> "60s");
        registry.add("ordercenter.identity.rotation-period", () -> "8s");
        registry.add("ordercenter.identity.publish-delay", () -> PUBLISH_DELAY.toMillis() + "ms");
        registry.add("ordercenter.identity.check-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A service's decoder, exactly as order-trade, order-query and order-async build it in prod. */
    private JwtDecoder service() {
        return BearerTokenDecoders.decoder(new JwtProperties(url("/oauth2/jwks"), null, ISSUER, null), "prod");
    }

    private HttpResponse<String> clientCredentials(String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("order-async:" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String systemToken() throws Exception {
        HttpResponse<String> response = clientCredentials(CLIENT_SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "access_token");
    }

    private Set<String> publishedKids() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/oauth2/jwks"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JWKSet.parse(response.body()).getKeys().stream()
                .map(JWK::getKeyID)
                .collect(Collectors.toSet());
    }

    private static String kid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    @Test
    void a_client_credentials_token_carries_the_claims_every_service_requires() throws Exception {
        String token = systemToken();

        Jwt jwt = service().decode(token);
        assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(jwt.getAudience()).containsExactly("order-center");
        assertThat(jwt.getSubject()).isEqualTo("order-async");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SYSTEM");
        assertThat(jwt.getExpiresAt())
                .isBetween(Instant.now().plusSeconds(30), Instant.now().plusSeconds(61));
        assertThat(SignedJWT.parse(token).getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    }

    @Test
    void a_wrong_client_secret_gets_no_token() throws Exception {
        assertThat(clientCredentials("not-the-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void the_jwk_set_serves_the_public_rsa_keys_and_never_a_private_part() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/oauth2/jwks"))).build(), HttpResponse.BodyHandlers.ofString());

        JWKSet set = JWKSet.parse(response.body());
        assertThat(set.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
            assertThat(key.isPrivate()).isFalse();
        });
        assertThat(response.body()).doesNotContain("\"d\"");
        assertThat(publishedKids()).contains(kid(systemToken()));
    }

    @Test
    void a_demo_token_for_a_merchant_carries_the_shop_and_the_demo_endpoint_needs_its_secret() throws Exception {
        HttpResponse<String> ok = demo(DEMO_SECRET, "sub=9003&role=MERCHANT&shop=3");
        HttpResponse<String> noSecret = demo(null, "sub=9003&role=MERCHANT&shop=3");
        HttpResponse<String> system = demo(DEMO_SECRET, "sub=x&role=SYSTEM");

        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        Jwt jwt = service().decode(JSONObjectUtils.getString(JSONObjectUtils.parse(ok.body()), "access_token"));
        assertThat(jwt.getSubject()).isEqualTo("9003");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MERCHANT");
        assertThat(jwt.getClaimAsString("shop_id")).isEqualTo("3");
        assertThat(noSecret.statusCode()).isEqualTo(401);
        assertThat(system.statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> demo(String secret, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/demo/token?" + query)))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (secret != null) {
            request.header("X-Demo-Secret", secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_rotation_publishes_the_new_key_before_it_signs_and_old_tokens_keep_validating() throws Exception {
        JwtDecoder service = service();
        String before = systemToken();
        String oldKid = kid(before);
        service.decode(before); // the service has now cached the key set of before the rotation

        Set<String> initial = publishedKids();
        Instant deadline = Instant.now().plusSeconds(30);
        Set<String> during;
        do {
            Thread.sleep(50);
            during = publishedKids();
        } while (during.equals(initial) && Instant.now().isBefore(deadline));
        Instant published = Instant.now();
        Set<String> added = new java.util.HashSet<>(during);
        added.removeAll(initial);
        assertThat(added)
                .as("a new key is published within the rotation period")
                .hasSize(1);
        String newKid = added.iterator().next();
        assertThat(during).as("two keys are published during the rollover").contains(oldKid, newKid);

        String stillOld = systemToken();
        assertThat(kid(stillOld)).as("the new key does not sign yet").isEqualTo(oldKid);

        String signedByNew;
        do {
            Thread.sleep(50);
            signedByNew = systemToken();
        } while (!kid(signedByNew).equals(newKid) && Instant.now().isBefore(deadline.plusSeconds(10)));
        Instant signing = Instant.now();
        assertThat(kid(signedByNew)).isEqualTo(newKid);
        assertThat(Duration.between(published, signing))
                .as("published at least the publish delay before it signs")
                .isGreaterThanOrEqualTo(PUBLISH_DELAY.minusMillis(300));

        assertThat(service.decode(before).getSubject()).isEqualTo("order-async");
        assertThat(service.decode(stillOld).getSubject()).isEqualTo("order-async");
        assertThat(service.decode(signedByNew).getSubject()).isEqualTo("order-async");
        assertThat(publishedKids())
                .as("the old key stays published while its tokens live")
                .contains(oldKid, newKid);
    }
}
