package io.ordercenter.deploy.manifests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, found from the deploy module's directory (where Maven runs its tests). */
final class Repository {

    private Repository() {}

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/ENVIRONMENT.md")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (with deploy/ENVIRONMENT.md) above " + dir);
    }

    static Path deploy(String path) {
        return root().resolve("deploy").resolve(path);
    }
}
