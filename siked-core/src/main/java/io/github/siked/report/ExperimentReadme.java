package io.github.siked.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The {@code README.md} of one experiment's results: who taught whom, the test scores of the
 * iteration chosen on validation, every iteration's data and scores, the comparison across seeds
 * and the plots. A function of the metrics alone, like {@link MetricsJson}.
 */
final class ExperimentReadme {

    private ExperimentReadme() {}

    /** The README's text. */
    static String render(ExperimentMetrics metrics) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(metrics.experiment()).append("\n\n");
        out.append(summary(metrics)).append("\n\n");
        out.append("## Test sets\n\n").append(testTable(metrics.test())).append('\n');
        out.append("## Iterations\n\n").append(iterationTable(metrics)).append('\n');
        if (!metrics.comparison().isEmpty()) {
            out.append("## Comparison across seeds\n\n")
                    .append("Accuracy in percentage points: mean ± sample standard deviation over the seeds.\n\n")
                    .append(comparisonTable(metrics.comparison()))
                    .append('\n');
        }
        out.append("## Plots\n\n")
                .append("![Accuracy per iteration](")
                .append(AccuracyPlot.FILE)
                .append(")\n\n")
                .append("![Strategy the student picks, per iteration](")
                .append(StrategySharePlot.FILE)
                .append(")\n\n")
                .append("![Mixing rate α per iteration](")
                .append(AlphaPlot.FILE)
                .append(")\n");
        return out.toString();
    }

    private static String summary(ExperimentMetrics m) {
        IterationMetrics best = m.best();
        List<IterationMetrics> all = m.iterations();
        RunSetup run = m.setup();
        String who = "Student `" + run.student() + "` learned from teacher `" + run.teacher() + "` by " + run.method()
                + ", seed " + run.seed() + ". ";
        if (all.size() == 1) {
            return who + "Iteration " + best.iteration() + " alone ran (validation accuracy "
                    + Cells.percent(best.validation().accuracy()) + "); the test scores are its student's.";
        }
        return who + "Of iterations " + all.get(0).iteration() + "–"
                + all.get(all.size() - 1).iteration()
                + ", iteration " + best.iteration() + " had the best validation accuracy ("
                + Cells.percent(best.validation().accuracy()) + "), so the test scores are its student's.";
    }

    private static String testTable(Map<String, TestMetrics> test) {
        if (test.isEmpty()) {
            return "No test set was evaluated.\n";
        }
        SortedSet<String> strategies = keys(test.values(), TestMetrics::byStrategy);
        SortedSet<String> sampled = keys(test.values(), t -> t.sampled().byName());
        boolean harness = test.values().stream().anyMatch(t -> t.harness() != null);
        List<String> header = new ArrayList<>(List.of("dataset", "n", "accuracy (95% CI)"));
        strategies.forEach(s -> header.add(s + " share / accuracy"));
        if (harness) {
            header.addAll(List.of("harness strict-match", "harness flexible-extract"));
        }
        header.addAll(sampled);
        MarkdownTable table = new MarkdownTable(header, alignments(header.size(), 1));
        test.forEach((dataset, t) -> {
            List<String> row = new ArrayList<>(List.of(
                    Cells.text(dataset), Cells.count(t.n()), Cells.withInterval(t.accuracy(), t.low(), t.high())));
            for (String s : strategies) {
                ShareAccuracy sa = t.byStrategy().get(s);
                row.add(sa == null ? Cells.MISSING : Cells.percent(sa.share()) + " / " + Cells.percent(sa.accuracy()));
            }
            if (harness) {
                row.add(
                        t.harness() == null
                                ? Cells.MISSING
                                : Cells.percent(t.harness().strictMatch()));
                row.add(
                        t.harness() == null
                                ? Cells.MISSING
                                : Cells.percent(t.harness().flexibleExtract()));
            }
            sampled.forEach(name -> row.add(Cells.percent(t.sampled().byName(), name)));
            table.row(row);
        });
        return table.render();
    }

    private static String iterationTable(ExperimentMetrics m) {
        SortedSet<String> strategies = keys(m.iterations(), i -> i.validation().strategyShare());
        List<String> header = new ArrayList<>(List.of("iteration", "α", "teacher rows", "student rows", "validation"));
        strategies.forEach(s -> header.add(s + " share"));
        header.addAll(List.of("entropy", "train steps"));
        MarkdownTable table = new MarkdownTable(header, alignments(header.size(), 0));
        for (IterationMetrics i : m.iterations()) {
            List<String> row = new ArrayList<>(List.of(
                    i.iteration() == m.bestIteration() ? i.iteration() + " (best)" : String.valueOf(i.iteration()),
                    Cells.fixed(i.mix().alpha(), 3),
                    Cells.count(i.mix().teacherRows()),
                    Cells.count(i.mix().studentRows()),
                    Cells.percent(i.validation().accuracy())));
            strategies.forEach(s -> row.add(Cells.percent(i.validation().strategyShare(), s)));
            row.add(Cells.fixed(i.validation().strategyEntropy(), 3));
            row.add(Cells.count(i.trainSteps()));
            table.row(row);
        }
        return table.render();
    }

    private static String comparisonTable(List<VariantResult> comparison) {
        SortedSet<String> datasets = keys(comparison, VariantResult::test);
        List<String> header = new ArrayList<>(List.of("variant", "description", "seeds", "validation"));
        header.addAll(datasets);
        MarkdownTable table = new MarkdownTable(header, alignments(header.size(), 3));
        for (VariantResult v : comparison) {
            List<String> row = new ArrayList<>(List.of(
                    Cells.text(v.variant()),
                    Cells.text(v.description()),
                    String.join(", ", v.seeds().stream().map(String::valueOf).toList()),
                    v.validation() == null ? Cells.MISSING : Cells.meanSd(v.validation())));
            datasets.forEach(
                    d -> row.add(v.test().containsKey(d) ? Cells.meanSd(v.test().get(d)) : Cells.MISSING));
            table.row(row);
        }
        return table.render();
    }

    /** Every key of the maps the rows hold, in {@link MetricKeys#ORDER}: one column each. */
    private static <T> SortedSet<String> keys(Collection<T> rows, Function<T, Map<String, ?>> map) {
        SortedSet<String> keys = new TreeSet<>(MetricKeys.ORDER);
        rows.forEach(row -> keys.addAll(map.apply(row).keySet()));
        return keys;
    }

    /** The first {@code textColumns} columns hold text; the rest hold numbers. */
    private static List<Boolean> alignments(int columns, int textColumns) {
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            numeric.add(c >= textColumns);
        }
        return numeric;
    }
}
