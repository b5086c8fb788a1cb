package io.github.siked.loop;

import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.stage.Manifest;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.SiblingFile;
import io.github.siked.stage.UpToDate;
import io.github.siked.stage.Versions;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentSampler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sample stage ({@code siked:sample}): draws k outputs per problem from a student, with the
 * strategy forced by its pre-filled tag (SIKeD's self-sampling) or left to the student, and writes
 * them as sample records with a manifest. Skipped when the student, the problems and the settings
 * match the manifest.
 */
public final class SampleStage {

    /**
     * @param model the student's folder
     * @param dataset the problems to answer
     * @param limit only the first {@code limit} problems, or 0 for all
     * @param forced the strategies to force, one pass each; empty for one pass where the student chooses
     * @param iteration the distillation iteration written into each record
     * @param output the samples file; its manifest goes beside it
     * @param sample the sampling settings
     */
    public record Config(
            Path model,
            String dataset,
            int limit,
            List<Strategy> forced,
            int iteration,
            Path output,
            SampleConfig sample) {

        public Config {
            forced = List.copyOf(forced);
            if (limit < 0) {
                throw new IllegalArgumentException("siked.sample.limit must be 0 (all problems) or more; was " + limit);
            }
        }

        Path manifest() {
            return SiblingFile.of(output, ".manifest.json");
        }
    }

    private final EventListener listener;

    public SampleStage(EventListener listener) {
        this.listener = listener;
    }

    /** @return how many samples were written, or -1 when the stage was up to date */
    public long run(Config config, DatasetResolver datasets, StudentEngine engine) throws IOException {
        Instant started = Instant.now();
        Dataset dataset = datasets.resolve(config.dataset());
        List<Problem> problems = config.limit() == 0
                ? dataset.problems()
                : dataset.problems().subList(0, Math.min(config.limit(), dataset.size()));
        SortedMap<String, Object> settings = new TreeMap<>();
        settings.put("engine", engine.name());
        // Device and precision change the numbers a run produces, so a change of either re-runs the stage.
        engine.settings().forEach((key, value) -> settings.put("engine." + key, value));
        settings.put("sample", config.sample().toString());
        settings.put("dataset", config.dataset());
        settings.put("limit", config.limit());
        settings.put("forced", config.forced().stream().map(Strategy::id).toList());
        settings.put("iteration", config.iteration());
        SortedMap<String, String> inputs = new TreeMap<>();
        inputs.put("model", TrainStage.folderHash(config.model()));
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        if (UpToDate.check(config.manifest(), settings, inputs)) {
            listener.info("sample: up to date, skipped (" + config.manifest()
                    + " records the same student, problems and settings)");
            return -1;
        }

        long written = 0;
        try (StudentSampler sampler = engine.sampler(config.model(), config.iteration());
                JsonlWriter out = JsonlWriter.create(config.output())) {
            List<Optional<Strategy>> passes = config.forced().isEmpty()
                    ? List.of(Optional.empty())
                    : config.forced().stream().map(Optional::of).toList();
            for (Optional<Strategy> forced : passes) {
                listener.info("sample: " + problems.size() + " problems x "
                        + config.sample().k() + ", strategy "
                        + forced.map(Strategy::id).orElse("chosen by the student"));
                for (Sample sample : sampler.sample(config.sample(), problems, forced, listener)) {
                    out.write(sample);
                    written++;
                }
            }
            out.commit();
        }
        new Manifest(
                        "sample",
                        settings,
                        new TreeMap<>(Map.of("seed", config.sample().seed())),
                        inputs,
                        new TreeMap<>(Map.of(config.output().getFileName().toString(), Sha256.of(config.output()))),
                        Versions.base(),
                        new TreeMap<>(Map.of("samples", written)),
                        started,
                        Instant.now())
                .writeTo(config.manifest());
        return written;
    }
}
