package io.github.siked.report;

import org.jfree.chart.axis.NumberAxis;

/** The x axis the line plots share: iterations, whole numbers only. */
final class IterationAxis {

  private IterationAxis() {}

  static NumberAxis create() {
    NumberAxis axis = new NumberAxis("iteration");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setAutoRangeIncludesZero(true);
    // Room either side so the first and last points are not drawn on the frame.
    axis.setLowerMargin(0.05);
    axis.setUpperMargin(0.05);
    return axis;
  }
}
