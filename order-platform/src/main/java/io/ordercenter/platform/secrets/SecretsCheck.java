package io.ordercenter.platform.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Judges secret values: each must be present, at least as long as its rule says, not a placeholder (it
 * contains {@code change-me}, {@code changeme}, {@code change_me}, {@code example}, {@code placeholder},
 * {@code secret} or {@code password}, in any case) and not a run of a few repeated characters (fewer than 8
 * distinct ones). Problems name the variable, never the value.
 */
public final class SecretsCheck {

    static final List<String> PLACEHOLDER_WORDS =
            List.of("change-me", "changeme", "change_me", "example", "placeholder", "secret", "password");
    static final int MIN_DISTINCT_CHARACTERS = 8;

    private SecretsCheck() {}

    /** Every rule's problem, in the rules' order; empty when all secrets are fit. */
    public static List<String> problems(List<SecretRule> rules, Function<String, String> environment) {
        List<String> problems = new ArrayList<>();
        for (SecretRule rule : rules) {
            String value = environment.apply(rule.variable());
            String problem = problem(rule, value);
            if (problem != null) {
                problems.add(rule.variable() + " " + problem);
            }
        }
        return problems;
    }

    /** Throws {@link InsecureSecretsException} listing every unfit secret; no rules at all is a mistake too. */
    public static void verify(List<SecretRule> rules, Function<String, String> environment) {
        if (rules.isEmpty()) {
            throw new IllegalStateException("the prod profile checks secrets, but ordercenter.secrets.checked names"
                    + " none: list this service's secret variables there");
        }
        List<String> problems = problems(rules, environment);
        if (!problems.isEmpty()) {
            throw new InsecureSecretsException(problems);
        }
    }

    private static String problem(SecretRule rule, String value) {
        if (value == null || value.isBlank()) {
            return "is not set";
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : PLACEHOLDER_WORDS) {
            if (lower.contains(word)) {
                return "looks like a placeholder (it contains \"" + word + "\")";
            }
        }
        if (value.length() < rule.minLength()) {
            return "is shorter than its minimum of " + rule.minLength() + " characters (it has " + value.length() + ")";
        }
        long distinct = value.chars().distinct().count();
        if (distinct < MIN_DISTINCT_CHARACTERS) {
            return "is not random (only " + distinct + " distinct characters)";
        }
        return null;
    }
}
