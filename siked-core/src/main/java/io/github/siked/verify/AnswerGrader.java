package io.github.siked.verify;

import io.github.siked.number.NumericMatch;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.sandbox.PotSandbox;
import io.github.siked.sandbox.SandboxResult;
import io.github.siked.strategy.AnswerExtractor;
import io.github.siked.strategy.ProgramExtractor;
import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Grades samples as SIKeD does (docs/method.md, "Grading"): prose (cot, l2m) by the number its answer
 * line states, programs (pot) by the {@code answer} they compute in the sandbox.
 *
 * <p>The strategy is the one the output's tag names when it has one, else the record's: a student
 * choosing freely writes a program after {@code [pot]:} whatever the record says, and a program
 * must be run, not scanned for its last number.
 */
public final class AnswerGrader implements Grader {

    private final Supplier<PotSandbox> sandbox;

    /** @param sandbox gives the sandbox when the first program arrives, so prose alone needs no Python */
    public AnswerGrader(Supplier<PotSandbox> sandbox) {
        this.sandbox = sandbox;
    }

    /** The strategy an output is graded as: its tag's, or the record's when untagged. */
    public static Strategy strategyOf(Sample sample) {
        return StrategyTag.read(sample.text()).orElse(sample.strategy());
    }

    @Override
    public GradedSample grade(Sample sample, Problem problem) {
        if (strategyOf(sample) == Strategy.POT) {
            return gradeProgram(sample, problem.answer());
        }
        return compare(
                sample, problem.answer(), AnswerExtractor.extract(sample.text()).number());
    }

    private GradedSample gradeProgram(Sample sample, String gold) {
        SandboxResult result = sandbox.get().run(ProgramExtractor.extract(sample.text()));
        if (result instanceof SandboxResult.Answer answer) {
            return compare(sample, gold, Optional.of(answer.value()));
        }
        return GradedSample.of(sample, gold, null, result.verdict());
    }

    private static GradedSample compare(Sample sample, String gold, Optional<String> prediction) {
        if (prediction.isEmpty()) {
            return GradedSample.of(sample, gold, null, Verdict.NO_ANSWER);
        }
        Verdict verdict = NumericMatch.equal(prediction.get(), gold) ? Verdict.CORRECT : Verdict.WRONG;
        return GradedSample.of(sample, gold, prediction.get(), verdict);
    }
}
