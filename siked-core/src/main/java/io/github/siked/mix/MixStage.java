package io.github.siked.mix;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.event.EventListener;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Jsonl;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.RecordFormatException;
import io.github.siked.stage.AtomicFile;
import io.github.siked.stage.Declaration;
import io.github.siked.stage.Produced;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.Stage;
import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mix stage ({@code siked:mix}): selects the teacher data a run trains on, mixes in the
 * student's own correct samples from iteration 1 on (SIKeD, arXiv 2410.18574, section 3), or draws
 * a teacher-only control of a given size. Writes the rows ({@link MixedRow} JSONL) and a summary
 * beside them ({@code <output stem>.summary.json}, a {@link MixSummary}); its result is that
 * summary.
 */
public final class MixStage implements Stage<MixSummary> {

    /** What the manifest records: the seeds go into its {@code seeds}. */
    record Recorded(int iteration, MixRecipe recipe) {}

    private final MixStageConfig config;
    private final EventListener listener;

    public MixStage(MixStageConfig config, EventListener listener) {
        this.config = config;
        this.listener = listener;
    }

    @Override
    public Declaration<MixSummary> declare() {
        MixSeeds seeds = config.seeds();
        return new Declaration<>(
                "mix",
                config.manifestFile(),
                new Recorded(config.iteration(), config.recipe()),
                Map.of("teacher", seeds.teacher(), "student", seeds.student(), "draw", seeds.draw()),
                inputs(),
                MixSummary.class);
    }

    /** @throws RecordFormatException when an input file does not exist */
    private Map<String, String> inputs() {
        Map<String, String> inputs = new TreeMap<>();
        inputs.put("teacher", hash(config.teacherData(), "<teacher>"));
        config.selfGraded().ifPresent(self -> inputs.put("self", hash(self, "<self>")));
        return inputs;
    }

    @Override
    public Produced<MixSummary> produce() {
        MixRecipe recipe = config.recipe();
        long draw = config.seeds().draw();
        Set<Strategy> strategies =
                recipe.mixing().map(m -> EnumSet.copyOf(m.strategies())).orElse(EnumSet.allOf(Strategy.class));
        List<MixedRow> teacher = MixInputs.teacher(
                        config.teacherData(), config.seeds().teacher())
                .stream()
                .filter(r -> strategies.contains(r.strategy()))
                .toList();
        List<MixedRow> selected = Selections.select(teacher, recipe.selection(), recipe.priority(), draw);
        MixResult result;
        if (recipe.control()) {
            result = teacherOnly(Selections.control(selected, recipe.controlRows(), draw), strategies);
        } else if (config.mixes()) {
            List<GradedSample> self = MixInputs.self(config.selfGraded().orElseThrow());
            long untagged = self.stream()
                    .filter(s -> StrategyTag.read(s.text()).isEmpty())
                    .count();
            if (untagged > 0) {
                listener.warn("mix: " + untagged + " of " + self.size() + " student samples start with no strategy tag"
                        + " and were not used");
            }
            result = new Mixer(recipe.mixing().orElseThrow())
                    .mix(selected, self, config.iteration(), config.seeds().student(), draw);
        } else {
            result = teacherOnly(selected, strategies);
        }

        try (JsonlWriter out = JsonlWriter.create(config.output())) {
            result.rows().forEach(out::write);
            out.commit();
        }
        MixSummary summary = result.summary();
        writeSummary(config.summaryFile(), summary);
        report(summary);
        return Produced.of(summary, List.of(config.output(), config.summaryFile()));
    }

    /** Rows that are all the teacher's: the selection alone (iteration 0) or a control's draw. */
    private MixResult teacherOnly(List<MixedRow> rows, Set<Strategy> strategies) {
        Map<Strategy, Long> counts = new EnumMap<>(Strategy.class);
        rows.forEach(r -> counts.merge(r.strategy(), 1L, Long::sum));
        Map<Strategy, StrategyMix> byStrategy = new EnumMap<>(Strategy.class);
        for (Strategy s : config.recipe().mixing().isPresent() ? strategies : counts.keySet()) {
            byStrategy.put(s, StrategyMix.of(counts.getOrDefault(s, 0L), 0, 0, 0));
        }
        return new MixResult(rows, MixSummary.of(config.iteration(), byStrategy));
    }

    private void report(MixSummary summary) {
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
}
