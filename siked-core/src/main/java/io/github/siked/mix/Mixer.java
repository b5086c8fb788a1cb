package io.github.siked.mix;

import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds iteration t's training data D_t from the teacher's data and the student's graded samples
 * (SIKeD, arXiv 2410.18574, section 3; docs/method.md, "Mixing"), per strategy s of the config:
 *
 * <ul>
 *   <li>{@link MixPolicy#ALL}: D_self[s] and every teacher row of s;
 *   <li>{@link MixPolicy#ADAPTIVE}: D_self[s] and all teacher rows of s of the questions the student
 *       did not solve with s (no usable correct sample, {@link SelfSamples});
 *   <li>{@link MixPolicy#SELF_ONLY}: D_self[s];
 *   <li>{@link MixPolicy#FIXED_ALPHA}: D_self[s] and teacher rows drawn to a fixed share ({@link FixedAlpha}).
 * </ul>
 *
 * D_self[s] keeps {@link Mixing#keepSelf()} usable correct samples per question. The rows come
 * back in {@link MixedRow#ORDER}, so the same inputs always give the same file.
 */
public final class Mixer {

    private final Mixing config;

    public Mixer(Mixing config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @param teacher the selected teacher rows (a {@link Selections#select} result); rows of strategies
     *     outside the config are left out
     * @param self the student's graded samples of this iteration, forced or freely chosen
     * @param iteration the iteration the data trains, for the summary
     * @param studentSeed the student's sampling seed, recorded in each student row
     * @param mixSeed the seed of the fixed-alpha draws
     * @throws IllegalArgumentException when a teacher row's origin is not teacher, or a self sample's not student
     */
    public MixResult mix(
            List<MixedRow> teacher, List<GradedSample> self, int iteration, long studentSeed, long mixSeed) {
        SelfSamples samples = SelfSamples.of(self, config.keepSelf(), studentSeed);
        Map<Strategy, List<MixedRow>> llm = byStrategy(teacher);
        List<MixedRow> rows = new ArrayList<>();
        Map<Strategy, StrategyMix> counts = new EnumMap<>(Strategy.class);
        for (Strategy s : EnumSet.copyOf(config.strategies())) {
            List<MixedRow> teacherRows = llm.getOrDefault(s, List.of());
            List<MixedRow> selfRows = samples.kept(s);
            Set<String> solved = samples.solved(s);
            switch (config.policy()) {
                case ALL -> {}
                case ADAPTIVE ->
                    teacherRows = teacherRows.stream()
                            .filter(r -> !solved.contains(r.id()))
                            .toList();
                case SELF_ONLY -> teacherRows = List.of();
                case FIXED_ALPHA -> {
                    FixedAlpha.Draw draw = FixedAlpha.draw(
                            teacherRows, selfRows, config.alpha().orElseThrow(), SeededShuffle.derive(mixSeed, s, 1));
                    teacherRows = draw.teacher();
                    selfRows = draw.student();
                }
            }
            rows.addAll(teacherRows);
            rows.addAll(selfRows);
            counts.put(s, StrategyMix.of(teacherRows.size(), selfRows.size(), solved.size(), samples.sampled(s)));
        }
        rows.sort(MixedRow.ORDER);
        return new MixResult(rows, MixSummary.of(iteration, counts));
    }

    private static Map<Strategy, List<MixedRow>> byStrategy(List<MixedRow> teacher) {
        Map<Strategy, List<MixedRow>> rows = new EnumMap<>(Strategy.class);
        for (MixedRow row : teacher) {
            if (row.origin() != Origin.TEACHER) {
                throw new IllegalArgumentException("teacher row of " + row.id() + " has origin "
                        + row.origin().id() + ": the teacher data holds D_LLM's rows (siked:generate-teacher)");
            }
            rows.computeIfAbsent(row.strategy(), s -> new ArrayList<>()).add(row);
        }
        return rows;
    }
}
