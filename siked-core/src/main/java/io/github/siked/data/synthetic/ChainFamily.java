package io.github.siked.data.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bookkeeping: a running count changed by three to five small events, some involving a second
 * person. "Ann has 12 apples. Ann buys 5 apples. Then Ann gives 3 apples to Ben. Ben gives Ann 4
 * apples. How many apples does Ann have now?" Each step is a one-digit addition or subtraction that
 * prose can learn, and a decomposition into one sub-question per event keeps the count straight; a
 * program gains little from the interpreter but must get every sign and every owner right. This
 * family favours least-to-most and chain of thought.
 */
final class ChainFamily implements Family {

    private static final QuantityRange START = QuantityRange.above(new Range(10, 20), 60);
    private static final QuantityRange AMOUNT = new QuantityRange(new Range(2, 9), new Range(2, 19));
    private static final Range EVENTS = new Range(3, 5);

    /** The largest number a training question states; the numbers shift goes above it. */
    static final int TRAIN_MAX = START.training().max();

    @Override
    public String id() {
        return "chain";
    }

    @Override
    public Draft draw(SplittableRandom random, Shift shift) {
        List<String> people = Lexicon.distinct(random, Lexicon.PEOPLE, 2);
        String owner = people.get(0);
        String other = people.get(1);
        String items = Lexicon.pick(random, Lexicon.ITEMS);
        int start = START.draw(random, shift);
        int eventCount = shift == Shift.STEPS ? EVENTS.max() + 1 : EVENTS.draw(random);
        List<Change> changes = Lexicon.distinct(random, Arrays.asList(Change.values()), eventCount);
        int[] amounts = amounts(random, start, changes, AMOUNT.in(shift));

        // One clause per sentence in training; the phrasing shift joins them in pairs with "and then".
        List<String> clauses = new ArrayList<>();
        List<Boolean> ownerFirst = new ArrayList<>();
        clauses.add(owner + " has " + start + " " + items);
        ownerFirst.add(true);
        for (int i = 0; i < changes.size(); i++) {
            clauses.add(changes.get(i).clause(owner, amounts[i], items, other, false));
            ownerFirst.add(changes.get(i) != Change.GET);
        }
        StringBuilder question = new StringBuilder();
        for (int i = 0; i < clauses.size(); i++) {
            if (shift == Shift.PHRASING && i % 2 == 1) {
                String clause = ownerFirst.get(i) ? clauses.get(i).substring(owner.length() + 1) : clauses.get(i);
                question.append(" and then ").append(clause);
            } else {
                boolean then = shift != Shift.PHRASING && i > 0 && random.nextInt(3) == 0;
                question.append(i == 0 ? "" : ". ").append(then ? "Then " : "").append(clauses.get(i));
            }
        }
        String ask = "How many " + items + " does " + owner + " have now?";
        question.append(". ").append(ask);

        // The solution: one operation per event, each on the count left by the one before; the last
        // step answers the question.
        ComputationBuilder computation = new ComputationBuilder();
        String current = computation.given("start", start, items + " " + owner + " has at first");
        List<String> amountNames = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            amountNames.add(
                    computation.given(c.amountName(other), amounts[i], c.amountDescription(owner, items, other)));
        }
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            current = computation.apply(
                    c.resultName(),
                    c.operator(),
                    c.resultDescription(owner, items),
                    i == changes.size() - 1 ? ask : c.subQuestion(owner, amounts[i], items, other),
                    current,
                    amountNames.get(i));
        }
        return new Draft(question.toString(), computation.build());
    }

    /**
     * Draws the event amounts so that the count never drops below 1: each loss leaves at least 2 for
     * every loss still to come, plus 1.
     */
    private static int[] amounts(SplittableRandom random, int start, List<Change> changes, Range range) {
        int lossesLeft = (int)
                changes.stream().filter(c -> c.operator() == Operator.SUBTRACT).count();
        int[] amounts = new int[changes.size()];
        int count = start;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).operator() == Operator.SUBTRACT) {
                lossesLeft--;
                amounts[i] = range.capped(count - 1 - range.min() * lossesLeft).draw(random);
                count -= amounts[i];
            } else {
                amounts[i] = range.draw(random);
                count += amounts[i];
            }
        }
        return amounts;
    }
}
