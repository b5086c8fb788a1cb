/**
 * The results of an experiment as people and scripts read them (DESIGN.md "Results"):
 * {@code results/<experiment>/metrics.json}, a {@code README.md} of tables, SVG plots drawn with
 * JFreeChart, and the index {@code results/README.md}. Every file is a function of the metrics, so
 * regenerated results do not churn in version control.
 *
 * <p>Entry points: {@link io.github.siked.report.ResultsWriter#write}, {@link
 * io.github.siked.report.ResultsIndex#update}, {@link io.github.siked.report.ExperimentMetrics#read}.
 */
package io.github.siked.report;
