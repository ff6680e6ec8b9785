package io.ordercenter.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a module reads from the environment: {@code ${OC_…}} placeholders in its
 * {@code src/main/resources/application*.yml} (any profile, nested defaults included) and
 * {@code System.getenv("OC_…")} or {@code ${OC_…}} in its main Java code.
 */
final class ProcessReads {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(OC_[A-Za-z0-9_]+)");
    private static final Pattern GETENV = Pattern.compile("getenv\\(\\s*\"(OC_[A-Za-z0-9_]+)\"");

    private ProcessReads() {}

    /** Variable → the files that read it, for one module; empty when the module reads none. */
    static Map<String, Set<String>> of(Path module) {
        Map<String, Set<String>> reads = new TreeMap<>();
        Path resources = module.resolve("src/main/resources");
        for (Path file : files(resources, 1)) {
            String name = file.getFileName().toString();
            if (name.startsWith("application") && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
                collect(file, List.of(PLACEHOLDER), module, reads);
            }
        }
        for (Path file : files(module.resolve("src/main/java"), Integer.MAX_VALUE)) {
            if (file.toString().endsWith(".java")) {
                collect(file, List.of(PLACEHOLDER, GETENV), module, reads);
            }
        }
        return reads;
    }

    private static void collect(Path file, List<Pattern> patterns, Path module, Map<String, Set<String>> reads) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                reads.computeIfAbsent(m.group(1), k -> new TreeSet<>())
                        .add(module.relativize(file).toString());
            }
        }
    }

    private static List<Path> files(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
