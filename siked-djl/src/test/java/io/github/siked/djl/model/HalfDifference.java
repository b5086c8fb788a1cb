package io.github.siked.djl.model;

/**
 * How far float16 results stray from float32 ones: the largest |actual − expected| and the largest
 * |expected|, whose ratio the half-precision tests bound. With {@code
 * -Dsiked.test.printHalfDifferences=true} each comparison prints its figures.
 *
 * @param worst the largest absolute difference
 * @param scale the largest absolute expected value
 */
public record HalfDifference(double worst, double scale) {

    /** The difference of two arrays of the same length, printed under {@code what} when asked. */
    public static HalfDifference of(float[] expected, float[] actual, String what) {
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        if (Boolean.getBoolean("siked.test.printHalfDifferences")) {
            System.out.printf("%s: max |diff| %.3e of max %.3e (relative %.2e)%n", what, worst, scale, worst / scale);
        }
        return new HalfDifference(worst, scale);
    }
}
