package io.github.siked.djl.sample;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.tokenizer.VocabularyFit;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.event.ProgressMeter;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.StudentTokenizer;
import io.github.siked.student.UnknownPieces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SIKeD's self-sampling and greedy evaluation on a DJL decoder (SIKeD, arXiv 2410.18574, section
 * 3): k outputs per question, the strategy forced by pre-filling {@code [s]: } or left to the
 * student, in batches of {@code siked.sample.batchSize} rows generated with a KV cache.
 *
 * <p>Rows are sorted by prompt length before batching, so that a batch carries little padding;
 * since every row draws from its own seeded stream ({@link RowSeed}), this changes no sample.
 */
public final class DjlSampler implements StudentSampler {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final NDManager manager;
    private final Decoder decoder;
    private final StudentEncoder encoder;
    private final int iteration;

    /**
     * Takes ownership of {@code manager} and {@code decoder}: {@link #close} frees both.
     *
     * @throws IllegalArgumentException when the tokenizer has more ids than the model has rows
     */
    public DjlSampler(NDManager manager, Decoder decoder, StudentEncoder encoder, int iteration) {
        this.manager = Objects.requireNonNull(manager, "manager");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.iteration = iteration;
        VocabularyFit.check(encoder.tokenizer(), decoder.config().vocabulary().size());
    }

    @Override
    public List<Sample> sample(
            SampleConfig config, List<Problem> problems, Optional<Strategy> forced, EventListener events) {
        StudentTokenizer tokenizer = encoder.tokenizer();
        UnknownPieces.tally(
                        tokenizer,
                        problems.stream()
                                .map(p -> encoder.format().prompt(p.question(), forced))
                                .toList())
                .warning()
                .ifPresent(events::warn);

        // One request per (problem, sample index), each with its own random stream.
        String stream = forced.map(Strategy::id).orElse("free");
        List<GenerationRequest> requests = new ArrayList<>(problems.size() * config.k());
        for (Problem problem : problems) {
            int[] input = encoder.samplingInput(problem.question(), forced);
            for (int index = 0; index < config.k(); index++) {
                requests.add(new GenerationRequest(input, RowSeed.of(config.seed(), problem.id(), stream, index)));
            }
        }
        Integer[] order = new Integer[requests.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> requests.get(i).length()));

        // Generate batch by batch, reporting samples done, tokens/s and time left.
        GenerationSettings settings =
                GenerationSettings.of(config, tokenizer.eosId(), tokenizer.padId(), tokenizer.vocabularySize());
        Generator generator = new Generator(decoder, manager);
        long[] tokens = {0};
        long start = System.nanoTime();
        EventListener withRate =
                event -> events.on(event instanceof Event.Progress p ? withTokenRate(p, tokens[0], start) : event);
        ProgressMeter meter = new ProgressMeter(withRate, "sampling", "samples", requests.size(), REPORT_EVERY);
        Generation[] generations = new Generation[requests.size()];
        for (int from = 0; from < order.length; from += config.batchSize()) {
            Integer[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batchSize()));
            List<Generation> batch = generate(
                    generator, config, Arrays.stream(rows).map(requests::get).toList(), settings, (picked, ended) -> {
                        tokens[0] += picked;
                        meter.advance(ended);
                    });
            for (int i = 0; i < rows.length; i++) {
                generations[rows[i]] = batch.get(i);
            }
        }
        meter.finish();

        // Records, in the problems' order, indices 0 to k-1.
        String prefill = forced.map(encoder.format()::prefill).orElse("");
        List<Sample> samples = new ArrayList<>(requests.size());
        for (int p = 0; p < problems.size(); p++) {
            for (int index = 0; index < config.k(); index++) {
                Generation generation = generations[p * config.k() + index];
                String text = StopStrings.cut(
                        encoder.responseText(forced, generation.tokens()),
                        prefill.length(),
                        config.decoding().stop());
                // An untagged output counts as cot, text unchanged (StudentSampler's contract).
                Strategy strategy =
                        forced.orElseGet(() -> StrategyTag.read(text).orElse(Strategy.COT));
                samples.add(new Sample(problems.get(p).id(), strategy, Origin.STUDENT, iteration, index, text));
            }
        }
        return samples;
    }

    private List<Generation> generate(
            Generator generator,
            SampleConfig config,
            List<GenerationRequest> rows,
            GenerationSettings settings,
            Generator.StepListener listener) {
        try {
            return generator.generate(rows, settings, encoder.tokenizer()::decode, listener);
        } catch (EngineException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("out of memory") || message.contains("can't allocate")) {
                throw new IllegalArgumentException(
                        "sampling ran out of memory with " + rows.size()
                                + " rows per batch: lower siked.sample.batchSize (now " + config.batchSize() + ")",
                        e);
            }
            throw e;
        }
    }

    private static Event.Progress withTokenRate(Event.Progress p, long tokens, long start) {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        String task = String.format("%s at %,.0f tokens/s", p.task(), tokens / seconds);
        return new Event.Progress(task, p.done(), p.total(), p.unit(), p.perSecond(), p.left());
    }

    @Override
    public void close() {
        decoder.close();
        manager.close();
    }
}
