package io.github.siked.teacher.scripted;

import io.github.siked.data.synthetic.Operator;
import io.github.siked.teacher.scripted.ProgramPlan.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * The mistakes a teacher makes in a program of thought, each checked by running the altered
 * program in Java so that a "wrong" sample never grades correct by accident:
 *
 * <ul>
 *   <li>a typo in a variable's name where it is assigned, so its first use raises a NameError (3
 *       in 10);
 *   <li>a wrong operator in one line: {@code +} for {@code -} and back, {@code +} for {@code *},
 *       {@code *} for {@code /}, or a term left out of a sum (3 in 10);
 *   <li>the answer taken one step too early (2 in 10);
 *   <li>a number misread from the question (2 in 10).
 * </ul>
 */
final class ProgramMistakes {

    private static final int ATTEMPTS = 20;

    private ProgramMistakes() {}

    /**
     * The program's lines with one mistake, laid out as asked; its {@code answer} is not the gold
     * answer, or it raises.
     */
    static List<Line> draw(ProgramPlan plan, long gold, boolean givensFirst, boolean direct, SplittableRandom random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int kind = random.nextInt(10);
            ProgramPlan altered = kind < 3
                    ? typo(plan, random)
                    : kind < 6 ? wrongOperator(plan, random) : kind < 8 ? stopEarly(plan) : misread(plan, random);
            List<Line> lines = altered.layout(givensFirst, direct);
            if (isWrong(lines, gold)) {
                return lines;
            }
        }
        // Every program above had its mistake cancel out (it never happens with the synthetic
        // families); an answer one too high is still a mistake, and certainly wrong.
        List<Line> lines = new ArrayList<>(plan.layout(givensFirst, direct));
        lines.add(new Line(ProgramPlan.ANSWER, ProgramPlan.ANSWER, Operator.ADD, List.of(ProgramPlan.ANSWER, "1")));
        return lines;
    }

    /** Whether the program raises or computes something other than the gold answer. */
    static boolean isWrong(List<Line> lines, long gold) {
        OptionalDouble answer = ProgramPlan.run(lines);
        return answer.isEmpty() || Math.abs(answer.getAsDouble() - gold) > 1e-6;
    }

    private static ProgramPlan typo(ProgramPlan plan, SplittableRandom random) {
        List<Line> givens = new ArrayList<>(plan.givens());
        int at = random.nextInt(givens.size());
        givens.set(at, givens.get(at).withTarget(misspell(givens.get(at).target())));
        return new ProgramPlan(givens, plan.operations(), plan.result());
    }

    /**
     * A slip of the plural: {@code cards_per_crate} becomes {@code card_per_crate}, {@code crates}
     * becomes {@code crate}, {@code sold} becomes {@code solds}.
     */
    private static String misspell(String name) {
        int plural = name.indexOf("s_");
        if (plural > 0) {
            return name.substring(0, plural) + name.substring(plural + 1);
        }
        return name.endsWith("s") && name.length() > 2 ? name.substring(0, name.length() - 1) : name + "s";
    }

    private static ProgramPlan wrongOperator(ProgramPlan plan, SplittableRandom random) {
        List<Line> operations = new ArrayList<>(plan.operations());
        int at = random.nextInt(operations.size());
        Line line = operations.get(at);
        List<String> operands = line.operands();
        Line wrong = switch (line.operator()) {
            case ADD ->
                operands.size() > 2
                        ? new Line(
                                line.target(), line.reference(), Operator.ADD, operands.subList(0, operands.size() - 1))
                        : new Line(line.target(), line.reference(), Operator.SUBTRACT, operands);
            case SUBTRACT, MULTIPLY -> new Line(line.target(), line.reference(), Operator.ADD, operands);
            case DIVIDE -> new Line(line.target(), line.reference(), Operator.MULTIPLY, operands);
        };
        operations.set(at, wrong);
        return new ProgramPlan(plan.givens(), operations, plan.result());
    }

    private static ProgramPlan stopEarly(ProgramPlan plan) {
        List<Line> operations = plan.operations();
        if (operations.size() < 2) {
            return plan; // nothing earlier to stop at; the check rejects it and another is drawn
        }
        List<Line> kept = operations.subList(0, operations.size() - 1);
        return new ProgramPlan(plan.givens(), kept, kept.get(kept.size() - 1).target());
    }

    private static ProgramPlan misread(ProgramPlan plan, SplittableRandom random) {
        List<Line> givens = new ArrayList<>(plan.givens());
        int at = random.nextInt(givens.size());
        Line given = givens.get(at);
        long value = Long.parseLong(given.operands().get(0));
        long size = value >= 20 && random.nextBoolean() ? 10 : 1 + random.nextInt(2);
        long misread = random.nextBoolean() || value - size <= 0 ? value + size : value - size;
        givens.set(at, new Line(given.target(), given.reference(), null, List.of(Long.toString(misread))));
        return new ProgramPlan(givens, plan.operations(), plan.result());
    }
}
