package io.ordercenter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class BearerTokenDecodersTest {

    private static final String ISSUER = "https://id.example.test";
    private static final String DEV_KEY = "a-development-key-of-at-least-thirty-two-bytes";

    private static RSAKey signingKey;
    private static HttpServer jwks;
    private static String jwkSetUri;

    @BeforeAll
    static void serveJwkSet() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        byte[] body = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        jwkSetUri = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/oauth2/jwks";
    }

    @AfterAll
    static void stop() {
        jwks.stop(0);
    }

    private static JwtDecoder production() {
        return BearerTokenDecoders.decoder(new JwtProperties(jwkSetUri, null, ISSUER, null), "prod");
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of("order-center"))
                .subject("1001")
                .claim("roles", List.of("USER"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String rs256(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    private static String hs256(byte[] secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    @Test
    void an_rs256_token_with_issuer_audience_and_expiry_is_accepted() throws Exception {
        Jwt jwt = production().decode(rs256(claims().build()));

        assertThat(jwt.getSubject()).isEqualTo("1001");
        assertThat(jwt.getAudience()).containsExactly("order-center");
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        String token = rs256(claims().issuer("https://elsewhere.example.test").build());

        assertThatThrownBy(() -> production().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        String token = rs256(claims().audience(List.of("another-service")).build());

        assertThatThrownBy(() -> production().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void a_token_without_audience_is_refused() throws Exception {
        String token = rs256(claims().audience((String) null).build());

        assertThatThrownBy(() -> production().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_without_expiry_is_refused() throws Exception {
        String token = rs256(claims().expirationTime(null).build());

        assertThatThrownBy(() -> production().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("exp");
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        String token = rs256(claims().issueTime(Date.from(past.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(past))
                .build());

        assertThatThrownBy(() -> production().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void an_unsigned_alg_none_token_is_refused() {
        String token =
                new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims().build()).serialize();

        assertThatThrownBy(() -> production().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void an_hmac_token_signed_with_the_rsa_public_key_as_secret_is_refused() throws Exception {
        byte[] publicKey = signingKey.toRSAPublicKey().getEncoded();
        String confused = hs256(publicKey, claims().build());
        String confusedPem =
                hs256(signingKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8), claims().build());

        assertThatThrownBy(() -> production().decode(confused)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> production().decode(confusedPem)).isInstanceOf(JwtException.class);
    }

    @Test
    void an_hmac_token_with_the_development_key_is_refused_where_only_the_jwk_set_is_configured() throws Exception {
        String token = hs256(DEV_KEY.getBytes(StandardCharsets.UTF_8), claims().build());

        assertThatThrownBy(() -> production().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_prod_start_with_the_development_key_fails_with_a_clear_message() {
        JwtProperties withDevKey = new JwtProperties(jwkSetUri, DEV_KEY, ISSUER, null);

        assertThatThrownBy(() -> BearerTokenDecoders.decoder(withDevKey, "prod"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development signing key")
                .hasMessageContaining("local and test profiles");
        assertThatThrownBy(() -> BearerTokenDecoders.decoder(withDevKey, "prod", "local"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BearerTokenDecoders.decoder(withDevKey)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_start_without_issuer_fails() {
        assertThatThrownBy(() -> BearerTokenDecoders.decoder(new JwtProperties(jwkSetUri, null, " ", null), "prod"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OC_JWT_ISSUER");
    }

    @Test
    void the_test_profile_accepts_development_tokens_that_carry_issuer_audience_and_expiry() throws Exception {
        JwtDecoder decoder = BearerTokenDecoders.decoder(new JwtProperties(null, DEV_KEY, ISSUER, null), "test");
        byte[] key = DEV_KEY.getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(hs256(key, claims().build())).getSubject()).isEqualTo("1001");
        assertThatThrownBy(() ->
                        decoder.decode(hs256(key, claims().expirationTime(null).build())))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(
                        hs256(key, claims().audience((String) null).build())))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(
                        hs256(key, claims().issuer("ordercenter-local").build())))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void the_local_run_beside_its_identity_provider_accepts_both_but_no_key_confusion() throws Exception {
        JwtDecoder decoder = BearerTokenDecoders.decoder(new JwtProperties(jwkSetUri, DEV_KEY, ISSUER, null), "local");

        assertThat(decoder.decode(rs256(claims().build())).getSubject()).isEqualTo("1001");
        assertThat(decoder.decode(hs256(DEV_KEY.getBytes(StandardCharsets.UTF_8), claims().build()))
                        .getSubject())
                .isEqualTo("1001");
        String confused = hs256(signingKey.toRSAPublicKey().getEncoded(), claims().build());
        assertThatThrownBy(() -> decoder.decode(confused)).isInstanceOf(JwtException.class);
        String none = new PlainJWT(claims().build()).serialize();
        assertThatThrownBy(() -> decoder.decode(none)).isInstanceOf(JwtException.class);
    }
}
