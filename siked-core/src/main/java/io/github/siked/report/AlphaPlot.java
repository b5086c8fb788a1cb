package io.github.siked.report;

import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code alpha.svg}: the mixing rate α, the teacher's share of the training rows, per iteration,
 * overall and per strategy. SIKeD (arXiv 2410.18574) reports it falling from about 0.9 to 0.2 as
 * the student solves more questions itself.
 */
final class AlphaPlot {

    static final String FILE = "alpha.svg";

    static final String OVERALL = "α, all strategies";

    private AlphaPlot() {}

    /** The plot as an SVG document. */
    static String draw(ExperimentMetrics metrics) {
        return SvgChart.render(chart(metrics), "alpha");
    }

    /** The chart, styled, before it is drawn. */
    static JFreeChart chart(ExperimentMetrics metrics) {
        XYSeries overall = new XYSeries(OVERALL);
        Map<String, XYSeries> byStrategy = new TreeMap<>(MetricKeys.ORDER);
        for (IterationMetrics i : metrics.iterations()) {
            overall.add(i.iteration(), i.mix().alpha());
            i.alphaByStrategy()
                    .forEach((strategy, alpha) -> byStrategy
                            .computeIfAbsent(strategy, s -> new XYSeries("α, " + s))
                            .add(i.iteration(), alpha));
        }
        XYSeriesCollection lines = new XYSeriesCollection(overall);
        byStrategy.values().forEach(lines::addSeries);

        NumberAxis alpha = SvgChart.valueAxis("α = teacher rows / all rows");
        alpha.setRange(0, 1);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(lines, IterationAxis.create(), alpha, renderer);
        JFreeChart chart = SvgChart.style(new JFreeChart("Mixing rate per iteration: " + metrics.experiment(), plot));
        // The overall rate dashed in black; each strategy in its own colour, as in the other plots.
        renderer.setSeriesPaint(0, SvgChart.series(0));
        renderer.setSeriesStroke(0, SvgChart.line(true));
        int s = 1;
        for (String strategy : byStrategy.keySet()) {
            renderer.setSeriesPaint(s, SvgChart.strategy(strategy));
            renderer.setSeriesStroke(s++, SvgChart.line(false));
        }
        return chart;
    }
}
