package io.ordercenter.platform.secrets;

import java.util.List;

/** Start-up refused: the listed secrets are missing, too short or placeholders. Never carries a value. */
public class InsecureSecretsException extends IllegalStateException {

    private final List<String> problems;

    InsecureSecretsException(List<String> problems) {
        super("Refusing to start with the prod profile, " + problems.size() + " secret(s) unfit:\n  - "
                + String.join("\n  - ", problems)
                + "\nSet each to a random value (e.g. od -An -N32 -tx1 /dev/urandom | tr -d ' \\n');"
                + " deploy/ENVIRONMENT.md lists the secrets.");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
