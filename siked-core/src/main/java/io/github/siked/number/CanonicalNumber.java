package io.github.siked.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as the records write them: a canonical decimal string with no trailing {@code .0}, no
 * thousands separators and no exponent ({@code 18}, {@code -2.5}, {@code 0.125}).
 *
 * <p>Gold answers and predictions both pass through here, so two spellings of one number
 * ({@code 1,000}, {@code 1000.00}, {@code 1e3}) always compare and print alike.
 */
public final class CanonicalNumber {

    /** A plain number, optionally signed, with optional thousands commas, decimals or exponent. */
    private static final Pattern PLAIN =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

    /** A simple fraction such as {@code 3/4} or {@code -12/5}. */
    private static final Pattern FRACTION = Pattern.compile("([+-]?\\d+)\\s*/\\s*(\\d+)");

    /**
     * The most digits a number may have on either side of the point. Python refuses to print ints
     * longer than 4,300 digits by default for the same reason: formatting {@code 1e999999999} in
     * plain notation would take gigabytes. No answer to a word problem comes near it.
     */
    public static final int MAX_DIGITS = 4_300;

    /** Enough digits that a repeating fraction such as 1/3 compares within any sane tolerance. */
    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private CanonicalNumber() {}

    /**
     * Parses a number written plainly ({@code -1,234.50}, {@code 2e3}) or as a simple fraction
     * ({@code 3/4}). Surrounding whitespace is allowed; anything else is not.
     *
     * @return the value, or empty when the text is not one number
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher fraction = FRACTION.matcher(s);
        if (fraction.matches()) {
            BigInteger denominator = new BigInteger(fraction.group(2));
            if (denominator.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(
                    new BigDecimal(new BigInteger(fraction.group(1))).divide(new BigDecimal(denominator), DIVISION));
        }
        if (!PLAIN.matcher(s).matches() || !containsDigit(s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s.replace(",", ""))).filter(CanonicalNumber::isSane);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The canonical string of a value: plain notation, no trailing zeros, {@code 0} for zero. */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    /** The canonical string of a double, as Python and JSON floats arrive ({@code 18.0} is {@code 18}). */
    public static String format(double value) {
        return format(ShortestDecimal.of(value));
    }

    /**
     * Parses and re-formats a number string.
     *
     * @return the canonical string, or empty when the text is not one number
     */
    public static Optional<String> canonical(String text) {
        return parse(text).map(CanonicalNumber::format);
    }

    /** Whether the value has at most {@link #MAX_DIGITS} digits before and after the point. */
    private static boolean isSane(BigDecimal value) {
        return value.scale() <= MAX_DIGITS && value.precision() - value.scale() <= MAX_DIGITS;
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
