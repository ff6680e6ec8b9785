package io.ordercenter.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevTokensTest {

    @Test
    void a_development_token_carries_issuer_audience_and_expiry_as_every_service_requires() throws Exception {
        SignedJWT jwt = SignedJWT.parse(DevTokens.mint("9003", List.of("MERCHANT"), "3", Duration.ofMinutes(5)));

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://127.0.0.1:9000");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("order-center");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
        assertThat(jwt.getJWTClaimsSet().getStringClaim("shop_id")).isEqualTo("3");
    }
}
