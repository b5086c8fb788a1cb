package io.github.siked.mix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The fixed-alpha ablation for one strategy: teacher and student rows drawn so that the teacher
 * share of the result is alpha, whatever the student solves.
 *
 * <p>With S self rows and L teacher rows, T = round(alpha * S / (1 - alpha)) teacher rows are drawn,
 * so T / (T + S) is alpha to within one row. Rounding is half up, in decimal arithmetic on alpha as
 * written ({@link BigDecimal#valueOf(double)}): 0.2 of 10 self rows is exactly 2.5 teacher rows,
 * rounded to 3, where binary floating point would make it 2.4999... and round down. When L is
 * smaller than T, all L teacher rows are kept and round(L * (1 - alpha) / alpha) of the self rows
 * are drawn instead (at most S), so the share still equals alpha rather than drifting towards the
 * student. alpha = 1 keeps only the teacher rows, alpha = 0 only the self rows. With no self rows
 * and alpha below 1, T is 0 and the strategy gets no rows: no number of teacher rows makes a share
 * below 1 out of nothing. Draws are seeded shuffles ({@link SeededShuffle}).
 */
final class FixedAlpha {

    /** The rows drawn from each side. */
    record Draw(List<MixedRow> teacher, List<MixedRow> student) {}

    private FixedAlpha() {}

    static Draw draw(List<MixedRow> teacher, List<MixedRow> student, double alpha, long seed) {
        if (alpha >= 1) {
            return new Draw(teacher, List.of());
        }
        if (alpha <= 0) {
            return new Draw(List.of(), student);
        }
        BigDecimal share = BigDecimal.valueOf(alpha);
        BigDecimal rest = BigDecimal.ONE.subtract(share);
        long wanted = scaled(student.size(), share, rest);
        if (wanted <= teacher.size()) {
            return new Draw(first(teacher, wanted, seed), student);
        }
        long students = Math.min(student.size(), scaled(teacher.size(), rest, share));
        return new Draw(teacher, first(student, students, seed));
    }

    /** round(count * numerator / denominator), half up. */
    private static long scaled(long count, BigDecimal numerator, BigDecimal denominator) {
        return BigDecimal.valueOf(count)
                .multiply(numerator)
                .divide(denominator, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static List<MixedRow> first(List<MixedRow> rows, long count, long seed) {
        return List.copyOf(SeededShuffle.shuffled(rows, seed).subList(0, (int) count));
    }
}
