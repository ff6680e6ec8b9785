package io.ordercenter.identity.key;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signing keys as files, one {@code <kid>.json} each (the private JWK and its schedule), in a
 * directory that survives restarts (a persistent volume). Files are written atomically and readable
 * by the owner only.
 */
public final class KeyDirectory {

    private final Path directory;

    public KeyDirectory(Path directory) {
        this.directory = directory;
    }

    public List<ManagedKey> load() {
        try {
            Files.createDirectories(directory);
            List<ManagedKey> keys = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
                for (Path file : files) {
                    keys.add(read(file));
                }
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing keys in " + directory, e);
        }
    }

    public void save(ManagedKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("createdAt", key.createdAt().toString());
        json.put("activeFrom", key.activeFrom().toString());
        json.put("jwk", key.jwk().toJSONObject());
        Path file = directory.resolve(key.kid() + ".json");
        Path tmp = directory.resolve(key.kid() + ".json.tmp");
        try {
            Files.createDirectories(directory);
            Files.writeString(tmp, JSONObjectUtils.toJSONString(json), StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write signing key " + file, e);
        }
    }

    public void delete(ManagedKey key) {
        try {
            Files.deleteIfExists(directory.resolve(key.kid() + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete retired signing key " + key.kid(), e);
        }
    }

    private static ManagedKey read(Path file) throws IOException {
        try {
            Map<String, Object> json = JSONObjectUtils.parse(Files.readString(file, StandardCharsets.UTF_8));
            RSAKey jwk = RSAKey.parse(JSONObjectUtils.getJSONObject(json, "jwk"));
            if (!jwk.isPrivate()) {
                throw new IOException(file + " holds no private key");
            }
            return new ManagedKey(
                    jwk,
                    Instant.parse(JSONObjectUtils.getString(json, "createdAt")),
                    Instant.parse(JSONObjectUtils.getString(json, "activeFrom")));
        } catch (ParseException e) {
            throw new IOException("unreadable signing key " + file + ": " + e.getMessage(), e);
        }
    }
}
