package io.github.siked.student;

import io.github.siked.data.synthetic.Computation;
import io.github.siked.data.synthetic.DefaultSplits;
import io.github.siked.data.synthetic.Operand;
import io.github.siked.data.synthetic.Operation;
import io.github.siked.data.synthetic.Quantity;
import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Simple correct rationales written from a synthetic problem's computation, shaped like the
 * scripted teacher's (numbered cot steps, l2m sub-question pairs, a straight-line program), and the
 * quickstart's default splits, drawn once for all tests here.
 */
final class SyntheticRationales {

    static final long SEED = DefaultSplits.SEED;

    private SyntheticRationales() {}

    static Map<String, List<SyntheticProblem>> splits() {
        return DefaultSplits.all();
    }

    static String write(Strategy strategy, Computation computation) {
        return switch (strategy) {
            case COT -> cot(computation);
            case L2M -> l2m(computation);
            case POT -> pot(computation);
        };
    }

    /** {@code 1. Cards in the crates: 44 * 25 = 1100.} per step, then {@code Final Answer: N}. */
    static String cot(Computation computation) {
        Map<String, Long> values = computation.evaluate();
        StringBuilder text = new StringBuilder();
        int step = 1;
        for (Operation operation : computation.operations()) {
            text.append(step++)
                    .append(". ")
                    .append(capitalized(operation.description()))
                    .append(": ")
                    .append(arithmetic(operation, values))
                    .append(".\n");
        }
        return text.append("Final Answer: ").append(computation.answer()).toString();
    }

    /** Sub-question and answer pairs, then {@code Final Answer: N}. */
    static String l2m(Computation computation) {
        Map<String, Long> values = computation.evaluate();
        StringBuilder text = new StringBuilder();
        int i = 1;
        for (Operation operation : computation.operations()) {
            text.append("Sub-question ")
                    .append(i)
                    .append(": ")
                    .append(operation.subQuestion())
                    .append('\n')
                    .append("Answer to Sub-question ")
                    .append(i)
                    .append(": ")
                    .append(arithmetic(operation, values))
                    .append(".\n");
            i++;
        }
        return text.append("Final Answer: ").append(computation.answer()).toString();
    }

    /** One assignment per given and per operation, then {@code answer = <last target>}. */
    static String pot(Computation computation) {
        StringBuilder text = new StringBuilder();
        for (Quantity given : computation.givens()) {
            text.append(given.name()).append(" = ").append(given.value()).append('\n');
        }
        for (Operation operation : computation.operations()) {
            text.append(operation.formula()).append('\n');
        }
        return text.append("answer = ").append(computation.result().target()).toString();
    }

    private static String arithmetic(Operation operation, Map<String, Long> values) {
        String operands = operation.operands().stream()
                .map(o -> Long.toString(value(o, values)))
                .collect(Collectors.joining(" " + operation.operator().symbol() + " "));
        return operands + " = " + operation.value();
    }

    private static long value(Operand operand, Map<String, Long> values) {
        return operand.isLiteral() ? operand.literal() : values.get(operand.text());
    }

    private static String capitalized(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
