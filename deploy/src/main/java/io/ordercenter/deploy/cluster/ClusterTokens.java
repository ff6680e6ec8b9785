package io.ordercenter.deploy.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's tokens in the cluster run, issued by its identity provider through the demo endpoint
 * ({@code POST /demo/token?sub=&role=[&shop=]}, header {@code X-Demo-Secret}), which only the
 * one-machine runs turn on. The launcher prints samples with it; tests get their tokens from it.
 */
public final class ClusterTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String identityUrl;
    private final String demoSecret;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ClusterTokens(String identityUrl, String demoSecret) {
        this.identityUrl = identityUrl;
        this.demoSecret = demoSecret;
    }

    /** A token for {@code role} and subject {@code sub}; {@code shop} for merchants, else null. */
    public String token(String role, String sub, String shop) throws IOException, InterruptedException {
        String query = "sub=" + encode(sub) + "&role=" + encode(role) + (shop == null ? "" : "&shop=" + encode(shop));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(identityUrl + "/demo/token?" + query))
                        .timeout(Duration.ofSeconds(10))
                        .header("X-Demo-Secret", demoSecret)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("the identity provider at " + identityUrl + " issued no " + role
                    + " token: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
