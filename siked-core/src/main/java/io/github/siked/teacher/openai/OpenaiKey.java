package io.github.siked.teacher.openai;

import java.util.Objects;
import java.util.function.Function;

/**
 * Where the {@code openai} teacher finds its API key: the name of an environment variable, read
 * each time the key is needed, so that the key itself is never a field of anything that gets
 * printed or recorded.
 *
 * @param variable the name of the environment variable holding the key, or null to send none
 *     (local servers)
 * @param environment reads an environment variable by name; {@code System::getenv} outside tests
 */
public record OpenaiKey(String variable, Function<String, String> environment) {

    public OpenaiKey {
        if (variable != null && !variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "`siked.teacher.apiKeyEnv` must name an environment variable (letters, digits, _), not hold the"
                            + " key itself; was a value of " + variable.length() + " characters, not shown in case"
                            + " it is the key");
        }
        Objects.requireNonNull(environment, "environment");
    }

    /** Whether the variable is named and holds a non-blank value; the value is not returned. */
    public boolean isSet() {
        return value() != null;
    }

    /** The key, or null when no variable is named or it holds nothing. */
    String value() {
        if (variable == null) {
            return null;
        }
        String key = environment.apply(variable);
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** The variable's name only: the environment reader is left out so that printing never reads the key. */
    @Override
    public String toString() {
        return "OpenaiKey[variable=" + variable + "]";
    }
}
