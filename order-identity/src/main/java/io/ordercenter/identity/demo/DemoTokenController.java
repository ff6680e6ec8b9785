package io.ordercenter.identity.demo;

import io.ordercenter.contracts.Role;
import io.ordercenter.identity.IdentityProperties;
import io.ordercenter.identity.key.SigningKeys;
import io.ordercenter.identity.token.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /demo/token?sub=…&role=…[&shop=…]} with header {@code X-Demo-Secret}: an access token
 * for a person of the demo runs, signed like every other token (same issuer, audience, key and
 * lifetime). Registered only when {@code OC_IDENTITY_DEMO_SECRET} is set (see {@link
 * IdentityProperties.Demo} for why it cannot be on in production by accident).
 */
@RestController
@ConditionalOnExpression("!'${ordercenter.identity.demo.secret:}'.isBlank()")
public class DemoTokenController {

    private static final List<String> PEOPLE =
            List.of(Role.USER.name(), Role.MERCHANT.name(), Role.RIDER.name(), Role.SUPPORT.name());

    private final IdentityProperties properties;
    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final Clock clock;

    public DemoTokenController(IdentityProperties properties, JwtEncoder encoder, SigningKeys keys) {
        this.properties = properties;
        this.encoder = encoder;
        this.keys = keys;
        this.clock = Clock.systemUTC();
    }

    @PostMapping(path = "/demo/token", produces = "application/json")
    public ResponseEntity<?> token(
            @RequestHeader(name = "X-Demo-Secret", required = false) String secret,
            @RequestParam("sub") String subject,
            @RequestParam("role") List<String> roles,
            @RequestParam(name = "shop", required = false) String shop) {
        if (secret == null
                || !MessageDigest.isEqual(
                        secret.getBytes(StandardCharsets.UTF_8),
                        properties.demo().secret().getBytes(StandardCharsets.UTF_8))) {
            return problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "X-Demo-Secret is missing or wrong.");
        }
        List<String> upper = roles.stream().map(String::toUpperCase).toList();
        if (subject.isBlank() || upper.isEmpty() || !PEOPLE.containsAll(upper)) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    "sub must be set and every role one of " + PEOPLE
                            + " (SYSTEM tokens come from client credentials).");
        }
        if (upper.contains(Role.MERCHANT.name()) && (shop == null || shop.isBlank())) {
            return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "a MERCHANT token needs shop.");
        }
        Instant now = clock.instant();
        Duration ttl = properties.tokenTtl();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .audience(List.of(TokenClaims.AUDIENCE))
                .subject(subject)
                .claim("roles", upper)
                .issuedAt(now)
                .expiresAt(now.plus(ttl));
        if (shop != null && !shop.isBlank()) {
            claims.claim("shop_id", shop);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(keys.signing().getKeyID())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build()))
                .getTokenValue();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", ttl.toSeconds());
        return ResponseEntity.ok(body);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
