package io.github.siked.mix;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.event.EventListener;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Jsonl;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.RecordFormatException;
import io.github.siked.stage.AtomicFile;
import io.github.siked.stage.Manifest;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.SiblingFile;
import io.github.siked.stage.UpToDate;
import io.github.siked.stage.Versions;
import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The mix stage ({@code siked:mix}): selects the teacher data a run trains on, mixes in the
 * student's own correct samples from iteration 1 on (SIKeD, arXiv 2410.18574, section 3), or draws
 * a teacher-only control of a given size. Writes the rows ({@link MixedRow} JSONL), a summary
 * ({@code <output stem>.summary.json}, a {@link MixSummary}) and a manifest beside them; skipped
 * when the inputs and settings match the manifest.
 */
public final class MixStage {

    /**
     * @param teacherData D_LLM ({@code siked:generate-teacher}'s {@code d_llm.jsonl}) or a file this stage wrote
     * @param teacherSeed the teacher run's seed, recorded in each teacher row
     * @param selfGraded the student's graded samples of {@code iteration}; empty at iteration 0 and for a control
     * @param studentSeed the student's sampling seed, recorded in each student row
     * @param iteration 0 for the teacher data alone, t &gt;= 1 to mix in the student's samples of iteration t
     * @param selection which teacher rows are kept
     * @param priority the biased baseline's strategy order
     * @param mix how student and teacher rows are mixed; its strategies also limit the teacher rows;
     *     empty for teacher data alone
     * @param controlRows 0, or the row count of a teacher-only control (the matched SIKeD run's rows)
     * @param seed the seed of every draw this stage makes (fixed alpha, mixed thought, control)
     * @param output the rows file; the summary and the manifest go beside it
     */
    public record Config(
            Path teacherData,
            long teacherSeed,
            Optional<Path> selfGraded,
            long studentSeed,
            int iteration,
            TeacherSelection selection,
            List<Strategy> priority,
            Optional<MixConfig> mix,
            long controlRows,
            long seed,
            Path output) {

        public Config {
            Objects.requireNonNull(teacherData, "<teacher>");
            Objects.requireNonNull(selfGraded, "<self>");
            Objects.requireNonNull(selection, "<selection>");
            priority = List.copyOf(Objects.requireNonNull(priority, "<priority>"));
            Objects.requireNonNull(mix, "<mix>");
            Objects.requireNonNull(output, "<output>");
            if (iteration < 0) {
                throw new IllegalArgumentException(
                        "<iteration> is " + iteration + ": use 0 for the teacher data alone, or"
                                + " the iteration (1, 2, ...) whose student samples are mixed in");
            }
            if (controlRows < 0) {
                throw new IllegalArgumentException("<controlRows> is " + controlRows + ": use 0 for no control, or the"
                        + " matched SIKeD iteration's row count");
            }
            if (controlRows > 0 && selfGraded.isPresent()) {
                throw new IllegalArgumentException(
                        "<controlRows> is " + controlRows + ", a teacher-only control, but <self>" + " is set to "
                                + selfGraded.get() + ": a control trains on teacher rows only; leave <self> out");
            }
            if (iteration == 0 && selfGraded.isPresent()) {
                throw new IllegalArgumentException(
                        "<self> is set to " + selfGraded.get() + " but <iteration> is 0, which"
                                + " trains on the teacher data alone: set <iteration> to the samples' iteration, or leave <self> out");
            }
            if (selfGraded.isPresent() && mix.isEmpty()) {
                throw new IllegalArgumentException(
                        "<self> is set to " + selfGraded.get() + " but no <mix> is configured:"
                                + " set <policy> to mix the student's samples in, or leave <self> out");
            }
            if (iteration > 0 && mix.isPresent() && controlRows == 0 && selfGraded.isEmpty()) {
                throw new IllegalArgumentException("<iteration> is " + iteration + " but <self> is not set: give the"
                        + " student's graded samples of iteration " + iteration + " (siked:verify's output)");
            }
        }

        /** Whether the student's samples are mixed in: an iteration past 0 with a policy, and no control. */
        boolean mixes() {
            return iteration > 0 && mix.isPresent() && controlRows == 0;
        }

        Path summaryFile() {
            return SiblingFile.of(output, ".summary.json");
        }

        Path manifest() {
            return SiblingFile.of(output, ".manifest.json");
        }

        /** The resolved configuration, seeds included so that a changed seed reruns the stage. */
        SortedMap<String, Object> settings() {
            SortedMap<String, Object> settings = new TreeMap<>();
            settings.put("iteration", iteration);
            settings.put("selection", selection.id());
            settings.put("priority", priority.stream().map(Strategy::id).toList());
            settings.put("controlRows", controlRows);
            mix.ifPresent(m -> {
                settings.put("mix.policy", m.policy().id());
                settings.put(
                        "mix.strategies",
                        m.strategies().stream().map(Strategy::id).toList());
                settings.put("mix.keepSelf", m.keepSelf());
                m.alpha().ifPresent(a -> settings.put("mix.alpha", a));
            });
            settings.putAll(seeds());
            return settings;
        }

        SortedMap<String, Long> seeds() {
            SortedMap<String, Long> seeds = new TreeMap<>();
            seeds.put("seed", seed);
            seeds.put("teacherSeed", teacherSeed);
            seeds.put("studentSeed", studentSeed);
            return seeds;
        }
    }

    private final EventListener listener;

    public MixStage(EventListener listener) {
        this.listener = listener;
    }

    /** Runs the stage, or reads back the summary of the run its manifest records when nothing changed. */
    public MixSummary run(Config config) {
        Instant started = Instant.now();
        SortedMap<String, String> inputs = new TreeMap<>();
        inputs.put("teacher", hash(config.teacherData(), "<teacher>"));
        config.selfGraded().ifPresent(self -> inputs.put("self", hash(self, "<self>")));
        if (UpToDate.check(config.manifest(), config.settings(), inputs)) {
            listener.info("mix: up to date, skipped (" + config.manifest() + " records the same inputs and settings)");
            return readSummary(config.summaryFile());
        }

        List<MixedRow> teacher = MixInputs.teacher(config.teacherData(), config.teacherSeed());
        Set<Strategy> strategies =
                config.mix().map(m -> EnumSet.copyOf(m.strategies())).orElse(EnumSet.allOf(Strategy.class));
        teacher =
                teacher.stream().filter(r -> strategies.contains(r.strategy())).toList();
        List<MixedRow> selected = Selections.select(teacher, config.selection(), config.priority(), config.seed());
        MixResult result;
        if (config.controlRows() > 0) {
            result = teacherOnly(Selections.control(selected, config.controlRows(), config.seed()), config, strategies);
        } else if (config.mixes()) {
            List<GradedSample> self = MixInputs.self(config.selfGraded().orElseThrow());
            long untagged = self.stream()
                    .filter(s -> StrategyTag.read(s.text()).isEmpty())
                    .count();
            if (untagged > 0) {
                listener.warn("mix: " + untagged + " of " + self.size() + " student samples start with no strategy tag"
                        + " and were not used");
            }
            result = new Mixer(config.mix().orElseThrow())
                    .mix(selected, self, config.iteration(), config.studentSeed(), config.seed());
        } else {
            result = teacherOnly(selected, config, strategies);
        }

        try (JsonlWriter out = JsonlWriter.create(config.output())) {
            result.rows().forEach(out::write);
            out.commit();
        }
        MixSummary summary = result.summary();
        writeSummary(config.summaryFile(), summary);
        report(summary, config);
        SortedMap<String, String> outputs = new TreeMap<>();
        outputs.put(config.output().getFileName().toString(), Sha256.of(config.output()));
        outputs.put(config.summaryFile().getFileName().toString(), Sha256.of(config.summaryFile()));
        SortedMap<String, Object> results = new TreeMap<>();
        results.put("rows", summary.rows());
        results.put("teacherRows", summary.teacherRows());
        results.put("studentRows", summary.studentRows());
        results.put("alpha", summary.alpha());
        new Manifest(
                        "mix",
                        config.settings(),
                        config.seeds(),
                        inputs,
                        outputs,
                        Versions.base(),
                        results,
                        started,
                        Instant.now())
                .writeTo(config.manifest());
        return summary;
    }

    /** Rows that are all the teacher's: the selection alone (iteration 0) or a control's draw. */
    private static MixResult teacherOnly(List<MixedRow> rows, Config config, Set<Strategy> strategies) {
        Map<Strategy, Long> counts = new EnumMap<>(Strategy.class);
        rows.forEach(r -> counts.merge(r.strategy(), 1L, Long::sum));
        Map<Strategy, StrategyMix> byStrategy = new EnumMap<>(Strategy.class);
        for (Strategy s : config.mix().isPresent() ? strategies : counts.keySet()) {
            byStrategy.put(s, StrategyMix.of(counts.getOrDefault(s, 0L), 0, 0, 0));
        }
        return new MixResult(rows, MixSummary.of(config.iteration(), byStrategy));
    }

    private void report(MixSummary summary, Config config) {
        summary.byStrategy()
                .forEach((s, mix) -> listener.info(String.format(
                        Locale.ROOT,
                        "mix: %s teacher %d, student %d, alpha %.3f (student solved %d of %d sampled questions)",
                        s.id(),
                        mix.teacherRows(),
                        mix.studentRows(),
                        mix.alpha(),
                        mix.questionsSolved(),
                        mix.questionsSampled())));
        listener.info(String.format(
                Locale.ROOT,
                "mix: iteration %d, %d rows (teacher %d, student %d), alpha %.3f -> %s",
                summary.iteration(),
                summary.rows(),
                summary.teacherRows(),
                summary.studentRows(),
                summary.alpha(),
                config.output()));
    }

    private static String hash(Path file, String element) {
        if (!Files.isRegularFile(file)) {
            throw new RecordFormatException(file, "no such file: check " + element);
        }
        return Sha256.of(file);
    }

    private static void writeSummary(Path file, MixSummary summary) {
        try {
            AtomicFile.write(file, Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mix summary is not serialisable", e);
        }
    }

    private static MixSummary readSummary(Path file) {
        try {
            return Jsonl.MAPPER.readValue(file.toFile(), MixSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mix summary " + file, e);
        }
    }
}
