package io.github.siked.eval;

import io.github.siked.number.CanonicalNumber;
import io.github.siked.number.NumericMatch;
import io.github.siked.record.GradedSample;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The most frequent answer among several outputs for one problem (self-consistency, Wang et al.,
 * arXiv 2203.11171).
 *
 * <p>Rules, shared by {@link MultiSampleScorer} and {@link MultiPathVote}:
 *
 * <ul>
 *   <li>answers are compared as numbers ({@link NumericMatch}), so {@code 18}, {@code 18.0} and a
 *       program's {@code 17.999999999} vote together. Because a tolerance is not transitive, each
 *       answer joins the first earlier group whose first answer it equals;
 *   <li>outputs with no prediction, or one that is not a number, do not vote;
 *   <li>a tie goes to the answer seen first in the given order, so the caller's order decides it;
 *   <li>the majority is correct when the output that first gave the winning answer was graded
 *       correct, so voting uses the grader's own verdict.
 * </ul>
 */
final class MajorityVote {

    private MajorityVote() {}

    /** The first output giving the most frequent answer, or empty when no output has a number. */
    static Optional<GradedSample> winner(List<GradedSample> ordered) {
        List<Group> groups = new ArrayList<>();
        for (GradedSample s : ordered) {
            Optional<BigDecimal> value = CanonicalNumber.parse(s.prediction());
            if (value.isEmpty()) {
                continue;
            }
            Group home = null;
            for (Group g : groups) {
                if (NumericMatch.equal(value.get(), g.value)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new Group(value.get(), s));
            } else {
                home.votes++;
            }
        }
        Group best = null;
        for (Group g : groups) {
            // Strictly more votes: among equals the earlier group, created by an earlier output, stays.
            if (best == null || g.votes > best.votes) {
                best = g;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.first);
    }

    /** Whether the majority answer of these outputs is correct; false when none has a number. */
    static boolean correct(List<GradedSample> ordered) {
        return winner(ordered).map(GradedSample::correct).orElse(false);
    }

    private static final class Group {
        final BigDecimal value;
        final GradedSample first;
        int votes = 1;

        Group(BigDecimal value, GradedSample first) {
            this.value = value;
            this.first = first;
        }
    }
}
