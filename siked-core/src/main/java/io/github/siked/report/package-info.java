/**
 * The results of an experiment as people and scripts read them (docs/contracts.md, "Results"):
 * {@code results/<experiment>/metrics.json}, a {@code README.md} of tables, SVG plots drawn with
 * JFreeChart (LGPL-2.1) and written by Apache Batik's SVG generator, and the index {@code
 * results/README.md}. Every file is a function of the metrics, so regenerated results do not churn
 * in version control.
 *
 * <p>Entry points: {@link io.github.siked.report.ResultsWriter#write}, {@link
 * io.github.siked.report.ResultsIndex#update}, {@link io.github.siked.report.ExperimentMetrics#read}.
 *
 * <p>The plots need a font that Java finds through fontconfig (on Debian or Ubuntu, the packages
 * {@code fontconfig} and {@code fonts-dejavu-core}); they are drawn headless. Their layout follows
 * the measured width of text, so plots regenerated with other fonts differ in coordinates, while
 * {@code metrics.json} and the tables do not depend on fonts at all.
 */
package io.github.siked.report;
