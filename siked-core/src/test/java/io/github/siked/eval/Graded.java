package io.github.siked.eval;

import io.github.siked.number.NumericMatch;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.strategy.Strategy;

/** Builds graded samples for the tests, grading a prediction the way the verify stage does. */
final class Graded {

    private Graded() {}

    /** A sample of {@code strategy} whose text is {@code text} and whose prediction is graded against gold. */
    static GradedSample of(String id, Strategy strategy, int index, String text, String gold, String prediction) {
        Verdict verdict = prediction == null
                ? Verdict.NO_ANSWER
                : NumericMatch.equal(prediction, gold) ? Verdict.CORRECT : Verdict.WRONG;
        return GradedSample.of(new Sample(id, strategy, Origin.STUDENT, 1, index, text), gold, prediction, verdict);
    }

    /** A greedy output (index 0) with the given text, graded against gold. */
    static GradedSample greedy(String id, String text, String gold, String prediction) {
        return of(id, Strategy.COT, 0, text, gold, prediction);
    }

    /** A sampled output whose text is just the tag and the prediction. */
    static GradedSample sampled(String id, Strategy strategy, int index, String gold, String prediction) {
        return of(id, strategy, index, strategy.tag() + " " + prediction, gold, prediction);
    }
}
