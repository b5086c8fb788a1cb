package io.github.siked.report;

import java.util.SortedSet;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code strategy-share.svg}: which strategy the student writes, per iteration, as stacked bars
 * (the SIKeD paper's figure 5, arXiv 2410.18574): one colour per strategy, {@code none} for answers
 * without a tag. A bar that falls short of 100% shows answers the metrics did not place.
 */
final class StrategySharePlot {

    static final String FILE = "strategy-share.svg";

    private StrategySharePlot() {}

    /** The plot as an SVG document. */
    static String draw(ExperimentMetrics metrics) {
        return SvgChart.render(chart(metrics), "strategy-share");
    }

    /** The chart, styled, before it is drawn. */
    static JFreeChart chart(ExperimentMetrics metrics) {
        SortedSet<String> strategies = new TreeSet<>(MetricKeys.ORDER);
        metrics.iterations()
                .forEach(i -> strategies.addAll(i.validation().strategyShare().keySet()));
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        // Every strategy gets a value in every bar (0 when absent), so rows stack in the same order.
        for (String strategy : strategies) {
            for (IterationMetrics i : metrics.iterations()) {
                shares.addValue(
                        100 * i.validation().strategyShare().getOrDefault(strategy, 0.0),
                        strategy,
                        Integer.valueOf(i.iteration()));
            }
        }

        NumberAxis share = SvgChart.valueAxis("share of answers (%)");
        share.setRange(0, 100);
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(shares, new CategoryAxis("iteration"), share, renderer);
        JFreeChart chart = SvgChart.style(new JFreeChart("Strategy the student picks: " + metrics.experiment(), plot));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        int row = 0;
        for (String strategy : strategies) {
            renderer.setSeriesPaint(row++, SvgChart.strategy(strategy));
        }
        return chart;
    }
}
