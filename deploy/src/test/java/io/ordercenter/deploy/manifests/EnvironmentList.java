package io.ordercenter.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The table of {@code deploy/ENVIRONMENT.md}: every variable and the processes that read it (the "read by"
 * column, short names such as {@code trade} for the module {@code order-trade}), which are secrets (their
 * meaning says "(secret"), and which belong to our own one-machine runs only (their meaning says "(runs
 * only"): the deployment files must never set those.
 */
record EnvironmentList(Map<String, Set<String>> readers, Set<String> secrets, Set<String> runsOnly) {

    /** The processes configured through the list, by the short names the table uses. */
    static final Map<String, String> PROCESSES = Map.of(
            "trade", "order-trade",
            "query", "order-query",
            "async", "order-async",
            "gateway", "order-gateway",
            "identity", "order-identity");

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(OC_[A-Z0-9_]+)`\\s*\\|([^|]*)\\|([^|]*)\\|");

    static EnvironmentList read(Path markdown) {
        try {
            return parse(Files.readString(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EnvironmentList parse(String markdown) {
        Map<String, Set<String>> readers = new TreeMap<>();
        Set<String> secrets = new TreeSet<>();
        Set<String> runsOnly = new TreeSet<>();
        for (String line : markdown.split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.find()) {
                continue;
            }
            String variable = row.group(1);
            Set<String> modules = new TreeSet<>();
            for (String reader : Arrays.stream(row.group(2).split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList()) {
                String module = PROCESSES.get(reader);
                if (module == null) {
                    throw new IllegalArgumentException("ENVIRONMENT.md: " + variable + " is read by '" + reader
                            + "', which is none of " + new TreeSet<>(PROCESSES.keySet()));
                }
                modules.add(module);
            }
            if (modules.isEmpty()) {
                throw new IllegalArgumentException("ENVIRONMENT.md: " + variable + " names no process that reads it");
            }
            if (row.group(3).contains("(secret")) {
                secrets.add(variable);
            }
            if (row.group(3).contains("(runs only")) {
                runsOnly.add(variable);
            }
            if (readers.put(variable, modules) != null) {
                throw new IllegalArgumentException("ENVIRONMENT.md: " + variable + " is listed twice");
            }
        }
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("ENVIRONMENT.md: no variable table found");
        }
        return new EnvironmentList(readers, secrets, runsOnly);
    }

    /** The variables the deployment files must set for this module: what it reads, less the runs-only ones. */
    Set<String> deployedFor(String module) {
        Set<String> deployed = readBy(module);
        deployed.removeAll(runsOnly);
        return deployed;
    }

    /** The variables the list says this module reads. */
    Set<String> readBy(String module) {
        return readers.entrySet().stream()
                .filter(e -> e.getValue().contains(module))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
