package io.github.siked.report;

import io.github.siked.number.ShortestDecimal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as the results tables print them. Rounding starts from the value's shortest decimal
 * ({@link ShortestDecimal}) rather than {@code String.format}, whose digits for some doubles
 * changed between Java versions: a table must not change when only the JDK does.
 */
final class Cells {

    /** What a cell shows when the value was not measured. */
    static final String MISSING = "–";

    private Cells() {}

    /** A fraction as a percentage with one decimal: {@code 0.4723} becomes {@code 47.2%}. */
    static String percent(double fraction) {
        return points(fraction) + "%";
    }

    /** The map's value for {@code key} as a percentage, or {@link #MISSING} when it has none. */
    static String percent(Map<String, Double> fractions, String key) {
        Double value = fractions.get(key);
        return value == null ? MISSING : percent(value);
    }

    /** A fraction in percentage points with one decimal, without the sign: {@code 47.2}. */
    static String points(double fraction) {
        return fixed(fraction * 100, 1);
    }

    /** An accuracy with its interval: {@code 47.2% (44.5–50.0)}. */
    static String withInterval(double fraction, double low, double high) {
        return percent(fraction) + " (" + points(low) + "–" + points(high) + ")";
    }

    /** A score over seeds in percentage points: {@code 47.2 ± 1.3}, or {@code 47.2} for one seed. */
    static String meanSd(MeanSd score) {
        return score.n() == 1 ? points(score.mean()) : points(score.mean()) + " ± " + points(score.sd());
    }

    /** A count with thousands separators: {@code 7,473}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A number with a fixed count of decimals, halves rounded up: {@code fixed(0.9, 3)} is {@code 0.900}. */
    static String fixed(double value, int decimals) {
        BigDecimal rounded = ShortestDecimal.of(value).setScale(decimals, RoundingMode.HALF_UP);
        // -0.0 rounds to "-0.0"; a table shows it as 0.
        return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals).toPlainString() : rounded.toPlainString();
    }

    /** Text that may hold Markdown's table delimiter or line breaks, made safe for one cell. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
