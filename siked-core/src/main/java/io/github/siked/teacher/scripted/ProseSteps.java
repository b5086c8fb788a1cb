package io.github.siked.teacher.scripted;

import io.github.siked.data.synthetic.Computation;
import io.github.siked.data.synthetic.Operand;
import io.github.siked.data.synthetic.Operation;
import io.github.siked.data.synthetic.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The steps a prose rationale (chain of thought or least-to-most) writes out for a synthetic
 * computation: each operation with the numbers it combines and the value it reaches. A mistaken
 * version holds one realistic slip, carried through every later step as a student of arithmetic
 * would carry it, so the final answer is wrong for a reason a reader can find.
 */
final class ProseSteps {

    /** Tries at drawing a mistake that keeps every number a positive whole number. */
    private static final int ATTEMPTS = 20;

    /**
     * One written step.
     *
     * @param operation the operation it performs
     * @param operands the numbers it combines, as written (after any earlier slip)
     * @param value the number it writes as the result (wrong for a slipped step)
     */
    record Step(Operation operation, List<Long> operands, long value) {

        /** The arithmetic as written: {@code 44 * 25 = 1100}. */
        String arithmetic() {
            String symbol = " " + operation.operator().symbol() + " ";
            return operands.stream().map(String::valueOf).collect(Collectors.joining(symbol)) + " = " + value;
        }
    }

    /**
     * A worked computation.
     *
     * @param steps the steps as written, in order; a skipped step is absent
     * @param answer the final answer the rationale states: the last operation's value as worked out,
     *     or the last written step's when the last operation was left out
     */
    record Worked(List<Step> steps, long answer) {}

    private ProseSteps() {}

    /** Every operation, computed correctly. */
    static Worked correct(Computation computation) {
        return work(computation, -1, 0, -1).orElseThrow();
    }

    /**
     * The steps with one mistake whose final value differs from the gold answer: two times in three
     * a slip in one step's arithmetic (off by 1, 2, 10 or 100, as carries go wrong), else a skipped
     * step: a middle one whose result is taken to be its first operand ("forgot that Ann bought 4"),
     * or the last one, which stops one step early.
     */
    static Worked mistaken(Computation computation, SplittableRandom random) {
        List<Operation> operations = computation.operations();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int at = random.nextInt(operations.size());
            boolean skip = operations.size() > 1 && random.nextInt(3) == 0;
            Optional<Worked> worked = skip
                    ? work(computation, -1, 0, at)
                    : work(computation, at, slip(operations.get(at).value(), random), -1);
            if (worked.isPresent() && worked.get().answer() != computation.answer()) {
                return worked.get();
            }
        }
        // Always possible: the last step off by one changes the answer and nothing after it.
        return work(computation, operations.size() - 1, 1, -1).orElseThrow();
    }

    /** A slip whose size suits the number: nobody is off by 100 on a count of 12. */
    private static long slip(long value, SplittableRandom random) {
        int sizes = value >= 200 ? 4 : value >= 20 ? 3 : 2;
        long size = new long[] {1, 2, 10, 100}[random.nextInt(sizes)];
        return random.nextBoolean() || value - size <= 0 ? size : -size;
    }

    /**
     * Works through the operations, adding {@code slip} to the result of step {@code slipAt} and
     * leaving out step {@code skipAt}. Empty when that leads to a number that is not a positive whole
     * number (a later division no longer exact, a count below one), which no such problem has.
     */
    private static Optional<Worked> work(Computation computation, int slipAt, long slip, int skipAt) {
        Map<String, Long> values = new HashMap<>();
        for (Quantity given : computation.givens()) {
            values.put(given.name(), given.value());
        }
        List<Operation> operations = computation.operations();
        List<Step> steps = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            List<Long> operands = new ArrayList<>();
            for (Operand operand : operation.operands()) {
                operands.add(operand.isLiteral() ? operand.literal() : values.get(operand.text()));
            }
            long value;
            try {
                value = i == skipAt
                        ? operands.get(0)
                        : Math.addExact(operation.operator().apply(operands), i == slipAt ? slip : 0);
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
            if (value <= 0) {
                return Optional.empty();
            }
            values.put(operation.target(), value);
            if (i != skipAt) {
                steps.add(new Step(operation, List.copyOf(operands), value));
            }
        }
        // Leaving out the last step is stopping one step early: the answer is the last one written.
        long answer = skipAt == operations.size() - 1
                ? steps.get(steps.size() - 1).value()
                : values.get(computation.result().target());
        return Optional.of(new Worked(List.copyOf(steps), answer));
    }
}
