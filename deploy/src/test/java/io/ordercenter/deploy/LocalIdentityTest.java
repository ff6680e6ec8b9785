package io.ordercenter.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.ordercenter.deploy.stack.Ports;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalIdentityTest {

    @TempDir
    Path home;

    private void describe(String url, String secret) throws IOException {
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("demo.secret", secret);
        try (OutputStream out = Files.newOutputStream(home.resolve(LocalIdentity.FILE_NAME))) {
            p.store(out, null);
        }
    }

    @Test
    void without_an_identity_provider_in_the_run_there_is_no_token_to_ask_for() throws Exception {
        assertThat(LocalIdentity.token(home, "1001", List.of("USER"), null)).isEmpty();
    }

    @Test
    void a_provider_that_no_longer_runs_means_no_token_either() throws Exception {
        describe("http://127.0.0.1:" + Ports.free(), "s");

        assertThat(LocalIdentity.token(home, "1001", List.of("USER"), null)).isEmpty();
    }

    @Test
    void a_running_provider_is_asked_with_the_demo_secret_for_the_person() throws Exception {
        AtomicReference<String> asked = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/demo/token", exchange -> {
            asked.set(exchange.getRequestHeaders().getFirst("X-Demo-Secret") + " "
                    + exchange.getRequestURI().getQuery());
            byte[] body =
                    "{\"access_token\":\"the.rs256.token\",\"token_type\":\"Bearer\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            describe("http://127.0.0.1:" + server.getAddress().getPort(), "demo-secret");

            assertThat(LocalIdentity.token(home, "9003", List.of("MERCHANT"), "3"))
                    .contains("the.rs256.token");
            assertThat(asked.get()).isEqualTo("demo-secret sub=9003&role=MERCHANT&shop=3");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_refusal_by_the_provider_is_an_error_not_a_silent_development_token() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/demo/token", exchange -> {
            byte[] body = "{\"code\":\"VALIDATION_FAILED\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            describe("http://127.0.0.1:" + server.getAddress().getPort(), "demo-secret");

            assertThatThrownBy(() -> LocalIdentity.token(home, "x", List.of("SYSTEM"), null))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("400");
        } finally {
            server.stop(0);
        }
    }
}
