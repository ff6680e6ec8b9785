package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.ordercenter.deploy.DevTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The running service refuses, with 401 problem+json, every token that lacks what the shared
 * bearer-token check requires: the expected issuer, the {@code order-center} audience, an expiry
 * in the future, a real signature.
 */
class BearerTokenChecksIT extends TradeItSupport {

    private static final String EXPIRE = "/internal/v1/orders/1/expire";

    private static String system(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("order-async")
                .claim("roles", List.of("SYSTEM"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
        jwt.sign(new MACSigner(DevTokens.DEV_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void a_token_with_everything_required_is_let_through() throws Exception {
        assertThat(post(EXPIRE, system(c -> c), null).status()).isEqualTo(404);
    }

    @Test
    void a_token_of_another_issuer_audience_or_without_expiry_is_401() throws Exception {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        List<String> refused = List.of(
                system(c -> c.issuer("https://somebody-else.example.test")),
                system(c -> c.audience("another-system")),
                system(c -> c.audience((String) null)),
                system(c -> c.expirationTime(null)),
                system(c -> c.issueTime(Date.from(past.minusSeconds(600))).expirationTime(Date.from(past))),
                new PlainJWT(SignedJWT.parse(system(c -> c)).getJWTClaimsSet()).serialize());
        for (String token : refused) {
            Response response = post(EXPIRE, token, null);
            assertThat(response.status()).as(response.body()).isEqualTo(401);
            assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
        }
    }
}
