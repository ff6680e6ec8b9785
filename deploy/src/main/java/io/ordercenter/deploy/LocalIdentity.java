package io.ordercenter.deploy;

import io.ordercenter.deploy.stack.AppProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity provider of the local run (order-identity on 127.0.0.1:9000, profile {@code local}):
 * how it is started, what the services are told about it, and the {@code identity.properties} file
 * in the run's home through which {@code ./ordercenter token} finds it (the cluster run writes the
 * same file for its identity provider). Its signing keys live in {@code <home>/identity/keys} and
 * survive restarts; the client and demo secrets are new each run.
 */
public final class LocalIdentity {

    static final int PORT = 9000;
    static final String URL = "http://127.0.0.1:" + PORT;
    static final String FILE_NAME = "identity.properties";
    static final String ASYNC_CLIENT_ID = "order-async";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Path home;
    private final String asyncClientSecret = random();
    private final String demoSecret = random();

    LocalIdentity(Path home) {
        this.home = home;
    }

    AppProcess process(Path root, List<String> jvm, Path run) {
        return new AppProcess(
                "order-identity",
                root.resolve("order-identity/target/order-identity.jar"),
                PORT,
                "/actuator/health",
                jvm,
                List.of("--spring.profiles.active=local"),
                Map.of(
                        "OC_HTTP_PORT",
                        Integer.toString(PORT),
                        "OC_JWT_ISSUER",
                        DevTokens.ISSUER,
                        "OC_IDENTITY_KEY_DIR",
                        home.resolve("identity/keys").toString(),
                        "OC_ASYNC_CLIENT_ID",
                        ASYNC_CLIENT_ID,
                        "OC_ASYNC_CLIENT_SECRET",
                        asyncClientSecret,
                        "OC_IDENTITY_DEMO_SECRET",
                        demoSecret),
                run);
    }

    /** What the services need to trust its tokens, and order-async to get its own. */
    void describeTo(Map<String, String> env) {
        env.put("OC_JWT_ISSUER", DevTokens.ISSUER);
        env.put("OC_JWK_SET_URI", URL + "/oauth2/jwks");
        env.put("OC_IDENTITY_TOKEN_URI", URL + "/oauth2/token");
        env.put("OC_ASYNC_CLIENT_ID", ASYNC_CLIENT_ID);
        env.put("OC_ASYNC_CLIENT_SECRET", asyncClientSecret);
    }

    /** Written once it runs: where it is and the demo secret, for {@code ./ordercenter token}. */
    void writeFile() throws IOException {
        writeFile(home, URL, demoSecret);
    }

    /** The file through which {@code ./ordercenter token} finds the identity provider at {@code url}. */
    public static void writeFile(Path home, String url, String demoSecret) throws IOException {
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("demo.secret", demoSecret);
        Path tmp = home.resolve(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "the local run's identity provider (./ordercenter token asks it for tokens)");
        }
        Files.move(tmp, home.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void deleteFile(Path home) throws IOException {
        Files.deleteIfExists(home.resolve(FILE_NAME));
    }

    /**
     * A token from the identity provider of the run in {@code home}, or empty when none runs there
     * (no file, or nothing answers). An answer other than a token is an error, not a reason to fall
     * back.
     */
    public static Optional<String> token(Path home, String subject, List<String> roles, String shop)
            throws IOException {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        StringBuilder query = new StringBuilder("sub=").append(encode(subject));
        for (String role : roles) {
            query.append("&role=").append(encode(role));
        }
        if (shop != null) {
            query.append("&shop=").append(encode(shop));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(p.getProperty("url") + "/demo/token?" + query))
                .timeout(Duration.ofSeconds(10))
                .header("X-Demo-Secret", p.getProperty("demo.secret", ""))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException notRunning) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IOException("the identity provider at " + p.getProperty("url") + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return Optional.of(token.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
