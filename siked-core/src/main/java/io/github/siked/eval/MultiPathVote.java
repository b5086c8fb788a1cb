package io.github.siked.eval;

import io.github.siked.record.GradedSample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mixed Distillation's multi-path inference (Li et al., Findings of EMNLP 2024): the student answers
 * each problem both in chain of thought and as a program, and the final answer is the majority over
 * all of them (self-consistency, Wang et al., arXiv 2203.11171).
 *
 * <p>Each path is also scored alone, by the majority of its own samples (a single greedy sample is
 * its own majority). In the joint vote a tie goes to the program's answer: pot samples are counted
 * first, then cot, and {@link MajorityVote} gives a tie to the answer seen first. Executed programs
 * make fewer arithmetic slips than prose, the commonest error of small students (Chen et al.,
 * arXiv 2211.12588), so when the two paths disagree evenly the program's answer is the better bet.
 * Within a path, samples count in {@code index} order.
 */
public final class MultiPathVote {

    private static final Comparator<GradedSample> BY_INDEX = Comparator.comparingInt(GradedSample::index);

    private MultiPathVote() {}

    /**
     * Scores both paths and their vote over the problems of one dataset.
     *
     * @param dataset the dataset's name, for error messages
     * @param cot the graded chain-of-thought samples, one or more per problem
     * @param pot the graded program samples, one or more per problem, for the same problems
     * @throws IllegalArgumentException when either list is empty, a problem has samples on one path
     *     only, or a path has two samples with the same (problem, index)
     */
    public static VoteScores of(String dataset, List<GradedSample> cot, List<GradedSample> pot) {
        Map<String, List<GradedSample>> cotByProblem = byProblem(dataset, "cot", cot);
        Map<String, List<GradedSample>> potByProblem = byProblem(dataset, "pot", pot);
        requireSameProblems(dataset, cotByProblem, potByProblem, "cot", "pot");
        requireSameProblems(dataset, potByProblem, cotByProblem, "pot", "cot");
        long cotRight = 0;
        long potRight = 0;
        long voteRight = 0;
        for (Map.Entry<String, List<GradedSample>> e : potByProblem.entrySet()) {
            List<GradedSample> programs = e.getValue();
            List<GradedSample> chains = cotByProblem.get(e.getKey());
            List<GradedSample> both = new ArrayList<>(programs);
            both.addAll(chains);
            cotRight += MajorityVote.correct(chains) ? 1 : 0;
            potRight += MajorityVote.correct(programs) ? 1 : 0;
            voteRight += MajorityVote.correct(both) ? 1 : 0;
        }
        long n = potByProblem.size();
        return new VoteScores(
                n, Fractions.ratio(cotRight, n), Fractions.ratio(potRight, n), Fractions.ratio(voteRight, n));
    }

    /** One path's samples by problem, each problem's in index order. */
    private static Map<String, List<GradedSample>> byProblem(String dataset, String path, List<GradedSample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException(
                    dataset + ": no graded " + path + " samples; multi-path voting needs both cot and pot outputs");
        }
        Map<String, List<GradedSample>> byProblem = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (GradedSample s : samples) {
            if (!seen.add(s.id() + '\u0000' + s.index())) {
                throw new IllegalArgumentException(dataset + ": problem " + s.id() + " has two " + path
                        + " samples with index " + s.index() + ": vote over the samples of one run at a time");
            }
            byProblem.computeIfAbsent(s.id(), x -> new ArrayList<>()).add(s);
        }
        byProblem.values().forEach(list -> list.sort(BY_INDEX));
        return byProblem;
    }

    private static void requireSameProblems(
            String dataset,
            Map<String, List<GradedSample>> these,
            Map<String, List<GradedSample>> those,
            String thesePath,
            String thosePath) {
        for (String id : these.keySet()) {
            if (!those.containsKey(id)) {
                throw new IllegalArgumentException(dataset + ": problem " + id + " has " + thesePath
                        + " samples but no " + thosePath + " samples: sample both paths on the same problems");
            }
        }
    }
}
