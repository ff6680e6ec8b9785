package io.ordercenter.deploy.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets of one cluster home, generated randomly at its first start (32 random bytes each,
 * 43 URL-safe characters) and kept in {@code <home>/cluster-secrets.properties}, readable by its
 * owner only, so that restarts keep the same database password and signing keys. Also holds the
 * Kafka cluster id every broker's storage is formatted with.
 *
 * @param mysqlPassword the application user's password on every MariaDB server
 * @param paymentCallbackSecret the payment channel's HMAC secret (order-trade and the simulator)
 * @param cursorSecret the key order-query signs paging cursors with
 * @param asyncClientSecret order-async's OAuth2 client secret at the identity provider
 * @param identityDemoSecret the secret of the identity provider's demo token endpoint
 * @param kafkaClusterId the id of the Kafka cluster
 */
public record ClusterSecrets(
        String mysqlPassword,
        String paymentCallbackSecret,
        String cursorSecret,
        String asyncClientSecret,
        String identityDemoSecret,
        String kafkaClusterId) {

    public static final String FILE_NAME = "cluster-secrets.properties";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.List<String> SECRET_KEYS = java.util.List.of(
            "mysql.password",
            "payment.callback.secret",
            "cursor.secret",
            "async.client.secret",
            "identity.demo.secret");

    /** The secrets of {@code home}, made on first use. */
    public static synchronized ClusterSecrets of(Path home) throws IOException {
        Path file = home.resolve(FILE_NAME);
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        boolean changed = false;
        for (String key : SECRET_KEYS) {
            if (p.getProperty(key, "").length() < 43) {
                p.setProperty(key, random());
                changed = true;
            }
        }
        if (p.getProperty("kafka.cluster.id", "").isEmpty()) {
            p.setProperty(
                    "kafka.cluster.id",
                    org.apache.kafka.common.Uuid.randomUuid().toString());
            changed = true;
        }
        if (changed) {
            write(home, file, p);
        }
        return new ClusterSecrets(
                p.getProperty("mysql.password"),
                p.getProperty("payment.callback.secret"),
                p.getProperty("cursor.secret"),
                p.getProperty("async.client.secret"),
                p.getProperty("identity.demo.secret"),
                p.getProperty("kafka.cluster.id"));
    }

    /** 32 bytes from a {@link SecureRandom}, URL-safe base64 without padding (43 characters). */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path home, Path file, Properties p) throws IOException {
        Files.createDirectories(home);
        Path tmp = home.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "secrets of this cluster home, generated at its first start; keep private");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
