package io.github.siked.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code accuracy.svg}: accuracy per iteration on the validation split and on each test set, with
 * the iteration chosen on validation marked. The test lines show how far validation-based choice
 * lands from the test-best iteration; they play no part in the choice.
 */
final class AccuracyPlot {

    static final String FILE = "accuracy.svg";

    static final String VALIDATION = "validation";

    private AccuracyPlot() {}

    /** The plot as an SVG document. */
    static String draw(ExperimentMetrics metrics) {
        return SvgChart.render(chart(metrics), "accuracy");
    }

    /** The chart, styled, before it is drawn. */
    static JFreeChart chart(ExperimentMetrics metrics) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries validation = new XYSeries(VALIDATION);
        Map<String, XYSeries> tests = new TreeMap<>(MetricKeys.ORDER);
        for (IterationMetrics i : metrics.iterations()) {
            validation.add(i.iteration(), 100 * i.validation().accuracy());
            i.testAccuracy()
                    .forEach((dataset, accuracy) ->
                            tests.computeIfAbsent(dataset, XYSeries::new).add(i.iteration(), 100 * accuracy));
        }
        lines.addSeries(validation);
        tests.values().forEach(lines::addSeries);

        NumberAxis iterations = IterationAxis.create();
        NumberAxis accuracy = SvgChart.valueAxis("accuracy (%)");
        accuracy.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(lines, iterations, accuracy, renderer);
        plot.addDomainMarker(bestMarker(metrics.bestIteration()));
        JFreeChart chart = SvgChart.style(new JFreeChart("Accuracy per iteration: " + metrics.experiment(), plot));
        // Solid validation, dashed test sets: the line the choice is made on stands out.
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, SvgChart.series(s));
            renderer.setSeriesStroke(s, SvgChart.line(s > 0));
        }
        return chart;
    }

    private static ValueMarker bestMarker(int bestIteration) {
        ValueMarker marker = new ValueMarker(
                bestIteration,
                new Color(0x777777),
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        marker.setLabel("best on validation");
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelBackgroundColor(Color.WHITE);
        return marker;
    }
}
