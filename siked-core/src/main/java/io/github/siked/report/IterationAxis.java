package io.github.siked.report;

import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;

/** The x axis the line plots share: iterations, whole numbers only, written alike in every locale. */
final class IterationAxis {

    private IterationAxis() {}

    static NumberAxis create() {
        NumberAxis axis = new NumberAxis("iteration");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        // Room either side so the first and last points are not drawn on the frame.
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeStickyZero(false);
        axis.setLowerMargin(0.08);
        axis.setUpperMargin(0.08);
        return axis;
    }
}
