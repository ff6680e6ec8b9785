package io.ordercenter.async.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsSystemTokensTest {

    private HttpServer tokenEndpoint;
    private final AtomicInteger issued = new AtomicInteger();
    private final CopyOnWriteArrayList<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private Duration offset = Duration.ZERO;

    /** Real time plus an offset: the token response is stamped with the real clock, expiry is judged by this one. */
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    };

    @BeforeEach
    void start() throws Exception {
        tokenEndpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tokenEndpoint.createContext("/oauth2/token", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = status == 200
                    ? ("{\"access_token\":\"token-" + issued.incrementAndGet()
                                    + "\",\"token_type\":\"Bearer\",\"expires_in\":120}")
                            .getBytes(StandardCharsets.UTF_8)
                    : "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tokenEndpoint.start();
    }

    @AfterEach
    void stop() {
        tokenEndpoint.stop(0);
    }

    private ClientCredentialsSystemTokens tokens() {
        return new ClientCredentialsSystemTokens(
                "http://127.0.0.1:" + tokenEndpoint.getAddress().getPort() + "/oauth2/token",
                "order-async",
                "the-client-secret",
                Duration.ofSeconds(60),
                clock);
    }

    @Test
    void the_token_is_fetched_once_with_the_client_credentials_and_kept() {
        ClientCredentialsSystemTokens tokens = tokens();

        assertThat(tokens.bearer()).isEqualTo("token-1");
        assertThat(tokens.bearer()).isEqualTo("token-1");
        assertThat(issued).hasValue(1);
        String basic =
                Base64.getEncoder().encodeToString("order-async:the-client-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(authorizations).containsExactly("Basic " + basic);
    }

    @Test
    void the_token_is_replaced_once_it_would_expire_within_the_margin() {
        ClientCredentialsSystemTokens tokens = tokens();
        assertThat(tokens.bearer()).isEqualTo("token-1");

        offset = Duration.ofSeconds(50); // 70 s left of 120: kept
        assertThat(tokens.bearer()).isEqualTo("token-1");

        offset = Duration.ofSeconds(65); // 55 s left, inside the 60 s margin: replaced before it expires
        assertThat(tokens.bearer()).isEqualTo("token-2");
    }

    @Test
    void a_refused_client_surfaces_as_an_error_for_the_task_to_retry() {
        status = 401;

        assertThatThrownBy(() -> tokens().bearer()).isInstanceOf(RuntimeException.class);
    }
}
