package io.github.siked.data.synthetic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input of an {@link Operation}: the name of an earlier quantity ({@code boxes}) or a whole
 * number written in the question ({@code 3} in "3 times as many"). Records write it as a string; a
 * name never starts with a digit, so the two kinds cannot be confused.
 *
 * @param text the quantity name or the literal's decimal digits
 */
public record Operand(String text) {

    private static final Pattern LITERAL = Pattern.compile("0|[1-9][0-9]{0,17}");

    public Operand {
        Objects.requireNonNull(text, "operand");
        if (!LITERAL.matcher(text).matches()) {
            QuantityName.check(text, "operand");
        }
    }

    /** Reads an operand as records write it. */
    @JsonCreator
    public static Operand of(String text) {
        return new Operand(text);
    }

    /** An operand that refers to an earlier quantity by name. */
    public static Operand quantity(String name) {
        return new Operand(name);
    }

    /** An operand that is a number written in the question. */
    public static Operand literal(long value) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    "literal operand " + value + " is negative: subtract a positive number instead");
        }
        return new Operand(Long.toString(value));
    }

    /** Whether this operand is a number rather than a quantity name. */
    public boolean isLiteral() {
        return Character.isDigit(text.charAt(0));
    }

    /**
     * The literal's value.
     *
     * @throws IllegalStateException when this operand names a quantity
     */
    public long literal() {
        if (!isLiteral()) {
            throw new IllegalStateException("operand '" + text + "' is a quantity name, not a literal");
        }
        return Long.parseLong(text);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
