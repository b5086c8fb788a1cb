package io.github.siked.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.number.CanonicalNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every problem of every default split against its own computation. */
class SyntheticConsistencyTest {

    static Stream<String> splits() {
        return SyntheticGenerator.splitNames().stream();
    }

    @ParameterizedTest
    @MethodSource("splits")
    void everyGoldAnswerIsTheComputationReEvaluated(String split) {
        for (SyntheticProblem p : DefaultSplits.split(split)) {
            Map<String, Long> values = p.computation().evaluate();
            long last = values.get(p.computation().result().target());
            assertEquals(CanonicalNumber.format(BigDecimal.valueOf(last)), p.answer(), p.id());
            for (Operation op : p.computation().operations()) {
                assertEquals(values.get(op.target()), op.value(), p.id() + " " + op.formula());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("splits")
    void operandsReferToEarlierQuantitiesOrToNumbersInTheQuestion(String split) {
        for (SyntheticProblem p : DefaultSplits.split(split)) {
            Set<String> defined = new HashSet<>();
            p.computation().givens().forEach(g -> defined.add(g.name()));
            List<Long> stated = new ArrayList<>(
                    p.computation().givens().stream().map(Quantity::value).toList());
            for (Operation op : p.computation().operations()) {
                for (Operand operand : op.operands()) {
                    if (operand.isLiteral()) {
                        stated.add(operand.literal());
                    } else {
                        assertTrue(defined.contains(operand.text()), p.id() + ": " + operand + " in " + op.formula());
                    }
                }
                defined.add(op.target());
            }
            // The question states exactly the givens and literals, in some order, and nothing else.
            List<Long> written = new ArrayList<>(WordTokens.numbers(p.question()));
            written.sort(null);
            stated.sort(null);
            assertEquals(written, stated, p.id() + ": " + p.question());
        }
    }

    @ParameterizedTest
    @MethodSource("splits")
    void everyFamilyGivesPositiveWholeAnswersWithNoNegativeStep(String split) {
        for (SyntheticProblem p : DefaultSplits.split(split)) {
            assertTrue(p.answer().matches("[1-9][0-9]*"), p.id() + " answer " + p.answer());
            for (Operation op : p.computation().operations()) {
                assertTrue(op.value() >= 0, p.id() + " " + op.formula() + " = " + op.value());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("splits")
    void everyStepCarriesProseForCotAndL2m(String split) {
        for (SyntheticProblem p : DefaultSplits.split(split)) {
            for (Operation op : p.computation().operations()) {
                assertTrue(
                        op.subQuestion().startsWith("How many ")
                                && op.subQuestion().endsWith("?"),
                        op.subQuestion());
                assertTrue(!op.description().isBlank(), p.id() + " " + op.formula());
            }
            // The last sub-question is the question's own, so l2m ends by answering what was asked.
            assertTrue(p.question().endsWith(p.computation().result().subQuestion()), p.id());
        }
    }
}
