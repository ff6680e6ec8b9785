package io.ordercenter.platform.secrets;

/**
 * One secret a service needs: the environment variable (as in {@code deploy/ENVIRONMENT.md}) and the fewest
 * characters its value may have.
 */
public record SecretRule(String variable, int minLength) {

    public SecretRule {
        if (variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("a secret rule needs the variable's name");
        }
        if (minLength < 1) {
            throw new IllegalArgumentException(variable + ": the minimum length must be at least 1");
        }
    }
}
