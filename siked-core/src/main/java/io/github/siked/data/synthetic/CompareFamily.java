package io.github.siked.data.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Comparisons: each person's count is stated relative to someone named earlier, then the counts are
 * added. "Ann has 7 shells. Ben has 4 more shells than Ann. Cara has 2 times as many shells as Ben.
 * How many shells do Ann, Ben and Cara have together?" The numbers stay small (in training no one
 * has more than 30), so prose arithmetic is learnable; the difficulty is reading "more", "fewer"
 * and "times as many" the right way round and relative to the right person, which no interpreter
 * does for a program. All three strategies should be close here.
 */
final class CompareFamily implements Family {

    private static final QuantityRange BASE = QuantityRange.above(new Range(3, 12), 40);
    private static final QuantityRange DIFFERENCE = new QuantityRange(new Range(2, 6), new Range(2, 15));
    private static final int PEOPLE = 3;

    /** No one is given more than this in training, which keeps the times tables small. */
    private static final int CAP = 30;

    /** The cap under the numbers shift. */
    private static final int WIDE_CAP = 90;

    /** The largest number a training question states; the numbers shift goes above it. */
    static final int TRAIN_MAX = BASE.training().max();

    private enum Relation {
        MORE,
        FEWER,
        TIMES
    }

    /** An operation to record once the givens are in question order. */
    private record Step(String target, Operator operator, String description, String subQuestion, String... operands) {}

    @Override
    public String id() {
        return "compare";
    }

    @Override
    public Draft draw(SplittableRandom random, Shift shift) {
        Range differences = DIFFERENCE.in(shift);
        int cap = shift == Shift.NUMBERS ? WIDE_CAP : CAP;
        List<String> people = Lexicon.distinct(random, Lexicon.PEOPLE, shift == Shift.STEPS ? PEOPLE + 1 : PEOPLE);
        String items = Lexicon.pick(random, Lexicon.ITEMS);
        String first = people.get(0);
        int base = BASE.draw(random, shift);

        // Each later person relates to a random earlier one; at most one "times as many" per problem.
        List<String> sentences = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        counts.add(name(first, items));
        sentences.add(first + " has " + base + " " + items + ".");
        List<Quantity> givens = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        givens.add(new Quantity(name(first, items), base, items + " " + first + " has"));
        long[] values = new long[people.size()];
        values[0] = base;
        boolean timesUsed = false;
        for (int i = 1; i < people.size(); i++) {
            String person = people.get(i);
            int ref = random.nextInt(i);
            String other = people.get(ref);
            String target = name(person, items);
            String refName = counts.get(ref);
            String subQuestion = "How many " + items + " does " + person + " have?";
            String description = items + " " + person + " has";
            Relation relation = relation(random, values[ref], differences, cap, timesUsed);
            if (relation == Relation.TIMES) {
                timesUsed = true;
                int factor = values[ref] * 3 <= cap && random.nextBoolean() ? 3 : 2;
                values[i] = values[ref] * factor;
                sentences.add(person + " has " + factor + " times as many " + items + " as " + other + ".");
                steps.add(new Step(
                        target, Operator.MULTIPLY, description, subQuestion, refName, Integer.toString(factor)));
            } else {
                boolean more = relation == Relation.MORE;
                int difference = more
                        ? differences.draw(random)
                        : differences.capped((int) values[ref] - 2).draw(random);
                values[i] = values[ref] + (more ? difference : -difference);
                String word = more ? "more" : "fewer";
                String differenceName = Lexicon.identifier(person) + "_" + word;
                sentences.add(person + " has " + difference + " " + word + " " + items + " than " + other + ".");
                givens.add(new Quantity(
                        differenceName, difference, items + " " + person + " has " + word + " than " + other));
                steps.add(new Step(
                        target,
                        more ? Operator.ADD : Operator.SUBTRACT,
                        description,
                        subQuestion,
                        refName,
                        differenceName));
            }
            counts.add(target);
        }

        // The phrasing shift states the relations last to first, so the base comes at the end.
        String together = "How many " + items + " do " + Lexicon.list(people) + " have together?";
        if (shift == Shift.PHRASING) {
            Collections.reverse(sentences);
            Collections.reverse(givens);
        }
        ComputationBuilder computation = new ComputationBuilder();
        givens.forEach(q -> computation.given(q.name(), q.value(), q.description()));
        steps.forEach(s -> computation.apply(s.target(), s.operator(), s.description(), s.subQuestion(), s.operands()));
        computation.apply(
                "total_" + items, Operator.ADD, items + " they have together", together, counts.toArray(String[]::new));
        return new Draft(String.join(" ", sentences) + " " + together, computation.build());
    }

    private static String name(String person, String items) {
        return Lexicon.identifier(person) + "_" + items;
    }

    /** A relation whose result stays within [2, cap]. */
    private static Relation relation(
            SplittableRandom random, long reference, Range differences, int cap, boolean timesUsed) {
        List<Relation> possible = new ArrayList<>();
        if (reference + differences.max() <= cap) {
            possible.add(Relation.MORE);
        }
        if (reference - differences.min() >= 2) {
            possible.add(Relation.FEWER);
        }
        if (!timesUsed && reference * 2 <= cap) {
            possible.add(Relation.TIMES);
        }
        return Lexicon.pick(random, possible);
    }
}
