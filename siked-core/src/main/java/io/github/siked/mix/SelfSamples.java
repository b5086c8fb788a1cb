package io.github.siked.mix;

import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.strategy.LeastToMostCheck;
import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * D_self: the student's usable correct samples per strategy (SIKeD, arXiv 2410.18574, section 3).
 *
 * <p>A sample's strategy is the one its text's leading tag names ({@link StrategyTag#read}): for a
 * forced sample that is the pre-filled tag, for a free choice the one the student wrote. A text
 * with no tag teaches no strategy and is never used. A sample is usable when its verdict is
 * correct and, for l2m, the text really holds answered sub-questions ({@link LeastToMostCheck}),
 * as for the teacher's data. Of a question's usable samples of one strategy the {@code keep}
 * lowest indices are kept (all when {@code keep} is 0): samples are drawn i.i.d., so the lowest
 * index is a uniform and deterministic choice.
 */
final class SelfSamples {

    private static final Comparator<GradedSample> BY_INDEX =
            Comparator.comparingInt(GradedSample::index).thenComparing(GradedSample::text);

    private final Map<Strategy, List<MixedRow>> kept = new EnumMap<>(Strategy.class);
    private final Map<Strategy, Set<String>> solved = new EnumMap<>(Strategy.class);
    private final Map<Strategy, Set<String>> sampled = new EnumMap<>(Strategy.class);

    private SelfSamples() {}

    /**
     * @param seed the student's sampling seed, recorded in each row
     * @throws IllegalArgumentException when a sample's origin is not student
     */
    static SelfSamples of(List<GradedSample> samples, int keep, long seed) {
        SelfSamples self = new SelfSamples();
        Map<Strategy, Map<String, List<GradedSample>>> usable = new EnumMap<>(Strategy.class);
        for (GradedSample sample : samples) {
            if (sample.origin() != Origin.STUDENT) {
                throw new IllegalArgumentException("self sample of " + sample.id() + " has origin "
                        + sample.origin().id()
                        + ": D_self holds the student's graded samples (siked:sample, then siked:verify)");
            }
            Strategy strategy = StrategyTag.read(sample.text()).orElse(null);
            if (strategy == null) {
                continue;
            }
            self.sampled.computeIfAbsent(strategy, s -> new HashSet<>()).add(sample.id());
            if (sample.correct() && (strategy != Strategy.L2M || LeastToMostCheck.isValid(sample.text()))) {
                usable.computeIfAbsent(strategy, s -> new TreeMap<>())
                        .computeIfAbsent(sample.id(), id -> new ArrayList<>())
                        .add(sample);
            }
        }
        usable.forEach((strategy, byQuestion) -> {
            List<MixedRow> rows = self.kept.computeIfAbsent(strategy, s -> new ArrayList<>());
            byQuestion.forEach((id, candidates) -> {
                self.solved.computeIfAbsent(strategy, s -> new HashSet<>()).add(id);
                candidates.sort(BY_INDEX);
                for (GradedSample c :
                        keep == 0 ? candidates : candidates.subList(0, Math.min(keep, candidates.size()))) {
                    rows.add(new MixedRow(c.id(), strategy, Origin.STUDENT, c.iteration(), c.index(), seed, c.text()));
                }
            });
        });
        return self;
    }

    /** The kept rows of one strategy. */
    List<MixedRow> kept(Strategy strategy) {
        return kept.getOrDefault(strategy, List.of());
    }

    /** The questions the student solved with the strategy: those with a usable correct sample. */
    Set<String> solved(Strategy strategy) {
        return solved.getOrDefault(strategy, Set.of());
    }

    /** How many questions have at least one sample tagged with the strategy. */
    long sampled(Strategy strategy) {
        return sampled.getOrDefault(strategy, Set.of()).size();
    }
}
