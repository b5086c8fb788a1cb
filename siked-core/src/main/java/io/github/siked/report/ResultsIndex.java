package io.github.siked.report;

import io.github.siked.record.RecordFormatException;
import io.github.siked.stage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The results index, {@code results/README.md}: one row per experiment folder holding a
 * {@code metrics.json}, sorted by folder name, with the best iteration's accuracy on each test set.
 * Rebuilt from the files each time, so it never lists an experiment whose folder is gone.
 */
public final class ResultsIndex {

    /**
     * Experiment modules built in parallel ({@code mvn -T}) share one JVM: without the lock, one
     * could list the folders before another's metrics appear and then overwrite its index.
     */
    private static final Object LOCK = new Object();

    private ResultsIndex() {}

    /**
     * Rewrites {@code resultsRoot/README.md} from every {@code resultsRoot/*}{@code /metrics.json}.
     *
     * @throws RecordFormatException naming the file when a {@code metrics.json} cannot be read
     */
    public static void update(Path resultsRoot) {
        synchronized (LOCK) {
            AtomicFile.write(resultsRoot.resolve(ResultsWriter.README), render(readAll(resultsRoot)));
        }
    }

    /** Each experiment folder's metrics by folder name, sorted by name. */
    static SortedMap<String, ExperimentMetrics> readAll(Path resultsRoot) {
        SortedMap<String, ExperimentMetrics> experiments = new TreeMap<>();
        if (!Files.isDirectory(resultsRoot)) {
            return experiments;
        }
        try (Stream<Path> folders = Files.list(resultsRoot)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path metrics = folder.resolve(ResultsWriter.METRICS);
                if (Files.exists(metrics)) {
                    experiments.put(folder.getFileName().toString(), MetricsJson.read(metrics));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + resultsRoot, e);
        }
        return experiments;
    }

    static String render(SortedMap<String, ExperimentMetrics> experiments) {
        StringBuilder out = new StringBuilder("# Results\n\n");
        if (experiments.isEmpty()) {
            return out.append("No experiment has written results yet.\n").toString();
        }
        out.append("One row per experiment: test accuracy of the iteration chosen on validation. ")
                .append(
                        "Each folder holds the tables, plots and `metrics.json`; siked rewrites this file from them.\n\n");
        SortedSet<String> datasets = new TreeSet<>(MetricKeys.ORDER);
        experiments.values().forEach(m -> datasets.addAll(m.test().keySet()));
        List<String> header = new ArrayList<>(List.of("experiment", "student", "teacher", "method", "best iteration"));
        header.addAll(datasets);
        List<Boolean> numeric = new ArrayList<>(List.of(false, false, false, false, true));
        datasets.forEach(d -> numeric.add(true));
        MarkdownTable table = new MarkdownTable(header, numeric);
        for (Map.Entry<String, ExperimentMetrics> entry : experiments.entrySet()) {
            ExperimentMetrics m = entry.getValue();
            List<String> row = new ArrayList<>(List.of(
                    "[" + Cells.text(entry.getKey()) + "](" + entry.getKey() + "/)",
                    "`" + m.setup().student() + "`",
                    "`" + m.setup().teacher() + "`",
                    Cells.text(m.setup().method()),
                    String.valueOf(m.bestIteration())));
            for (String dataset : datasets) {
                TestMetrics test = m.test().get(dataset);
                row.add(test == null ? Cells.MISSING : Cells.percent(test.accuracy()));
            }
            table.row(row);
        }
        return out.append(table.render()).toString();
    }
}
