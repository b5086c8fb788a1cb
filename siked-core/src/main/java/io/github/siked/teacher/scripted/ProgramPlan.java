package io.github.siked.teacher.scripted;

import io.github.siked.data.synthetic.Computation;
import io.github.siked.data.synthetic.Operand;
import io.github.siked.data.synthetic.Operation;
import io.github.siked.data.synthetic.Operator;
import io.github.siked.data.synthetic.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A straight-line program of thought (Chen et al., arXiv 2211.12588) for a synthetic computation,
 * held as assignments that can be altered on purpose before they are written as Python, and run
 * here in Java to know what Python will make of them. {@link ProgramMistakes} alters it; the
 * scripted teacher writes it.
 *
 * @param givens the numbers the question states, each assigned to a variable
 * @param operations one assignment per operation, in order
 * @param result the variable whose value is the answer
 */
record ProgramPlan(List<Line> givens, List<Line> operations, String result) {

    /** The variable a program of thought stores its result in (docs/method.md, "Strategies"). */
    static final String ANSWER = "answer";

    /**
     * One assignment: {@code target = operands[0] op operands[1] …}, or {@code target = operand}
     * when the operator is null.
     *
     * @param target the variable it assigns, as written
     * @param reference the name later lines use for it; differs from {@code target} after a typo
     * @param operator how the operands combine, or null for a single operand
     * @param operands variable names or whole numbers
     */
    record Line(String target, String reference, Operator operator, List<String> operands) {

        Line {
            operands = List.copyOf(operands);
        }

        /** The assignment as Python: {@code cards = crates * cards_per_crate}. */
        String python() {
            String symbol = operator == null ? "" : " " + operator.symbol() + " ";
            return target + " = " + String.join(symbol, operands);
        }

        Line withTarget(String name) {
            return new Line(name, reference, operator, operands);
        }
    }

    ProgramPlan {
        givens = List.copyOf(givens);
        operations = List.copyOf(operations);
    }

    /** The correct program: every given, every operation, the last one's value as the answer. */
    static ProgramPlan of(Computation computation) {
        List<Line> givens = new ArrayList<>();
        for (Quantity given : computation.givens()) {
            givens.add(new Line(given.name(), given.name(), null, List.of(Long.toString(given.value()))));
        }
        List<Line> operations = new ArrayList<>();
        for (Operation operation : computation.operations()) {
            List<String> operands =
                    operation.operands().stream().map(Operand::text).toList();
            operations.add(new Line(operation.target(), operation.target(), operation.operator(), operands));
        }
        return new ProgramPlan(givens, operations, computation.result().target());
    }

    /**
     * The program as lines of Python, in one of four layouts.
     *
     * @param givensFirst all givens at the top, in the question's order; otherwise each given just
     *     before the first line that uses it
     * @param direct the last operation assigns {@code answer} itself; otherwise a final line copies
     *     the result into {@code answer}
     */
    List<Line> layout(boolean givensFirst, boolean direct) {
        List<Line> lines = new ArrayList<>();
        if (givensFirst) {
            lines.addAll(givens);
        }
        Set<String> placed = new HashSet<>();
        for (Line operation : operations) {
            if (!givensFirst) {
                for (Line given : givens) {
                    if (operation.operands().contains(given.reference()) && placed.add(given.reference())) {
                        lines.add(given);
                    }
                }
            }
            lines.add(operation);
        }
        if (!givensFirst) {
            // A given no line uses still belongs in the program, as a reader of the question would
            // write it: before everything else.
            int top = 0;
            for (Line given : givens) {
                if (!placed.contains(given.reference())) {
                    lines.add(top++, given);
                }
            }
        }
        int last = lines.size() - 1;
        if (direct && !operations.isEmpty() && lines.get(last).target().equals(result)) {
            lines.set(last, lines.get(last).withTarget(ANSWER));
        } else {
            lines.add(new Line(ANSWER, ANSWER, null, List.of(result)));
        }
        return lines;
    }

    /** Lines of Python, one per assignment. */
    static String python(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.python()).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /**
     * What Python computes for {@code answer}, with its arithmetic ({@code /} is true division), or
     * empty when the program raises: a name used before it is assigned, a division by zero.
     */
    static OptionalDouble run(List<Line> lines) {
        Map<String, Double> variables = new HashMap<>();
        for (Line line : lines) {
            double[] values = new double[line.operands().size()];
            for (int i = 0; i < values.length; i++) {
                String operand = line.operands().get(i);
                Double value = Character.isDigit(operand.charAt(0)) ? Double.valueOf(operand) : variables.get(operand);
                if (value == null) {
                    return OptionalDouble.empty(); // NameError
                }
                values[i] = value;
            }
            double result = values[0];
            for (int i = 1; i < values.length; i++) {
                if (line.operator() == Operator.DIVIDE && values[i] == 0) {
                    return OptionalDouble.empty(); // ZeroDivisionError
                }
                result = switch (line.operator()) {
                    case ADD -> result + values[i];
                    case SUBTRACT -> result - values[i];
                    case MULTIPLY -> result * values[i];
                    case DIVIDE -> result / values[i];
                };
            }
            variables.put(line.target(), result);
        }
        Double answer = variables.get(ANSWER);
        return answer == null ? OptionalDouble.empty() : OptionalDouble.of(answer);
    }
}
