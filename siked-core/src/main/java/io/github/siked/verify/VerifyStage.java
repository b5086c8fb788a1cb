package io.github.siked.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.event.ProgressMeter;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Jsonl;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import io.github.siked.stage.AtomicFile;
import io.github.siked.stage.Declaration;
import io.github.siked.stage.Produced;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.Stage;
import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verify stage ({@code siked:verify}, docs/contracts.md "Goals and properties"): grades a file
 * of samples against a dataset's gold answers and writes the graded samples and a summary beside
 * them ({@code graded.summary.json}); its result is that summary.
 *
 * <p>It streams: samples are read a line at a time, prose is graded on the reading thread, programs
 * on the sandbox's workers, and results are written in input order through a bounded window, so
 * memory stays flat whatever the input's size. Nothing appears under the output's name until every
 * sample is graded.
 */
public final class VerifyStage implements Stage<VerifySummary> {

    /** How many graded samples may wait for their turn per sandbox worker. */
    private static final int WINDOW_PER_WORKER = 256;

    private final VerifyStageConfig config;
    private final Dataset dataset;
    private final EventListener listener;

    /**
     * Reads the dataset now, so that a bad name fails before anything runs.
     *
     * @throws io.github.siked.data.DatasetException when the dataset cannot be found or read
     */
    public VerifyStage(VerifyStageConfig config, DatasetResolver datasets, EventListener listener) {
        this.config = config;
        this.dataset = datasets.resolve(config.dataset());
        this.listener = listener;
    }

    @Override
    public Declaration<VerifySummary> declare() {
        return new Declaration<>("verify", config.manifestFile(), config, Map.of(), inputs(), VerifySummary.class);
    }

    /** @throws RecordFormatException when the samples file does not exist */
    private Map<String, String> inputs() {
        if (!Files.isRegularFile(config.samples())) {
            throw new RecordFormatException(
                    config.samples(), "no such file: name the samples to grade with siked.samples");
        }
        Map<String, String> inputs = new TreeMap<>();
        inputs.put(config.samples().getFileName().toString(), Sha256.of(config.samples()));
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        return inputs;
    }

    /**
     * Grades every sample of {@code config.samples()}.
     *
     * @throws RecordFormatException for a malformed line or a sample whose id is not in the dataset
     * @throws io.github.siked.sandbox.SandboxUnavailableException when programs need a Python that is missing
     */
    @Override
    public Produced<VerifySummary> produce() {
        listener.info(
                "verify: " + config.samples() + " against " + dataset.name() + " (" + dataset.size() + " problems)");
        if (!dataset.skipped().isEmpty()) {
            listener.info(dataset.name() + ": " + dataset.skipped().size()
                    + " records skipped, gold answer not one number: " + dataset.skippedByReason());
        }
        long total = countLines(config.samples());
        VerifySummary.Tally tally = new VerifySummary.Tally();
        try (LazySandbox sandbox = new LazySandbox(config.sandbox(), listener);
                JsonlReader<Sample> samples = JsonlReader.open(config.samples(), Sample.class);
                JsonlWriter out = JsonlWriter.create(config.output())) {
            ProgressMeter progress = new ProgressMeter(listener, "grading", "samples", total, Duration.ofSeconds(5));
            Grader grader = new AnswerGrader(sandbox);
            int workers = config.sandbox().workers();
            try (OrderedPipeline<Graded> pipeline =
                    new OrderedPipeline<>("siked-grade", workers, workers * WINDOW_PER_WORKER, graded -> {
                        out.write(graded.sample());
                        tally.add(graded.sample(), graded.harness());
                        progress.advance(1);
                    })) {
                while (samples.hasNext()) {
                    Sample sample = samples.next();
                    Problem problem = find(sample, samples);
                    if (AnswerGrader.strategyOf(sample) == Strategy.POT) {
                        pipeline.submit(() -> new Graded(grader.grade(sample, problem), null));
                    } else {
                        pipeline.submitDone(new Graded(
                                grader.grade(sample, problem), HarnessScore.of(sample.text(), problem.answer())));
                    }
                }
                pipeline.drain();
            }
            progress.finish();
            out.commit();
            VerifySummary summary = tally.summary();
            writeSummary(config.summaryFile(), summary);
            return Produced.of(summary, List.of(config.output(), config.summaryFile()))
                    .withVersion("python", sandbox.pythonVersion());
        }
    }

    private Problem find(Sample sample, JsonlReader<Sample> samples) {
        return dataset.find(sample.id())
                .orElseThrow(() -> new RecordFormatException(
                        samples.file(),
                        samples.line(),
                        "sample id '" + sample.id() + "' is not in dataset " + dataset.name()
                                + ": grade samples against the dataset they were drawn from (siked.dataset)"));
    }

    private static void writeSummary(Path file, VerifySummary summary) {
        try {
            AtomicFile.write(file, Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary is not serialisable", e);
        }
    }

    /** Lines in the file, for the progress line's time left; a cheap pass compared with grading. */
    private static long countLines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException | UncheckedIOException e) {
            throw new RecordFormatException(file, "cannot be read: " + e.getMessage());
        }
    }

    /** A graded sample and, for prose, its lm-evaluation-harness scores. */
    private record Graded(GradedSample sample, HarnessScore harness) {}
}
