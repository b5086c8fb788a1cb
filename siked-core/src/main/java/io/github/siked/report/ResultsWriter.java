package io.github.siked.report;

import io.github.siked.event.EventListener;
import io.github.siked.stage.AtomicFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one experiment's results (docs/contracts.md, "Results") into {@code <resultsRoot>/<experiment>/}:
 * {@code metrics.json}, {@code README.md} and three SVG plots, then rebuilds the index
 * {@code <resultsRoot>/README.md}. Every file is written atomically, and its bytes depend only on
 * the metrics, so writing the same metrics again (a resumed build, another run of the same
 * experiment) leaves committed results unchanged.
 */
public final class ResultsWriter {

    /** The file that holds the metrics in each experiment folder. */
    public static final String METRICS = "metrics.json";

    /** The tables of each experiment folder, and the index at the root. */
    public static final String README = "README.md";

    private final EventListener listener;

    public ResultsWriter(EventListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Writes the experiment's files and the index. */
    public void write(Path resultsRoot, ExperimentMetrics metrics) {
        Path folder = resultsRoot.resolve(metrics.experiment());
        // Everything rendered before anything is written: a rendering fault leaves the old results whole.
        Map<String, String> files = new LinkedHashMap<>();
        files.put(METRICS, MetricsJson.write(metrics));
        files.put(README, ExperimentReadme.render(metrics));
        files.put(AccuracyPlot.FILE, AccuracyPlot.draw(metrics));
        files.put(StrategySharePlot.FILE, StrategySharePlot.draw(metrics));
        files.put(AlphaPlot.FILE, AlphaPlot.draw(metrics));
        files.forEach((name, content) -> AtomicFile.write(folder.resolve(name), content));
        ResultsIndex.update(resultsRoot);
        listener.info("results of " + metrics.experiment() + " written to " + folder + " ("
                + String.join(", ", files.keySet()) + "); index " + resultsRoot.resolve(README));
    }
}
