package io.github.siked.data.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Multi-digit products: "Ann has 38 boxes of cups. Each box holds 14 cups. Ann sells 57 cups. How
 * many cups does Ann have now?" A program states the numbers and lets the interpreter multiply;
 * prose must multiply two two-digit numbers digit by digit, which a tiny student does not learn.
 * This family is where program of thought should win.
 */
final class BulkFamily implements Family {

    private static final QuantityRange CONTAINERS = new QuantityRange(new Range(12, 49), new Range(12, 99));
    private static final QuantityRange PER_CONTAINER = new QuantityRange(new Range(12, 29), new Range(12, 49));

    /** The amount of a change; under the numbers shift, only the first change draws from the wide range. */
    private static final QuantityRange CHANGE = QuantityRange.above(new Range(11, 99), 400);

    /** The largest number a training question states; the numbers shift goes above it. */
    static final int TRAIN_MAX = CHANGE.training().max();

    @Override
    public String id() {
        return "bulk";
    }

    @Override
    public Draft draw(SplittableRandom random, Shift shift) {
        String person = Lexicon.pick(random, Lexicon.PEOPLE);
        String items = Lexicon.pick(random, Lexicon.ITEMS);
        Lexicon.Container container = Lexicon.pick(random, Lexicon.CONTAINERS);
        int count = CONTAINERS.draw(random, shift);
        int per = PER_CONTAINER.draw(random, shift);
        List<Change> changes = Lexicon.distinct(random, Change.ALONE, shift == Shift.STEPS ? 2 : 1);
        List<Integer> amounts = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            // Every product is at least 12 * 12 = 144, so a loss always leaves something.
            amounts.add((i == 0 ? CHANGE.in(shift) : CHANGE.training())
                    .capped(count * per - 1)
                    .draw(random));
        }
        int phrasing = shift == Shift.PHRASING ? 2 : random.nextInt(2);

        // The question, givens in the order it states them.
        String boxes = container.plural();
        String hasBoxes = person + " has " + count + " " + boxes + " of " + items;
        String eachHolds = "Each " + container.singular() + " holds " + per + " " + items + ".";
        String change = changes.get(0).clause(person, amounts.get(0), items, null, phrasing != 0);
        StringBuilder question = new StringBuilder(
                switch (phrasing) {
                    case 0 -> hasBoxes + ". " + eachHolds + " " + change + ".";
                    case 1 ->
                        person
                                + " fills "
                                + count
                                + " "
                                + boxes
                                + " with "
                                + per
                                + " "
                                + items
                                + " each and then "
                                + change
                                + ".";
                    default -> eachHolds + " " + hasBoxes + " and then " + change + ".";
                });
        for (int i = 1; i < changes.size(); i++) {
            question.append(" Then ");
            question.append(changes.get(i).clause(person, amounts.get(i), items, null, false))
                    .append('.');
        }
        String ask = "How many " + items + " does " + person + " have now?";
        question.append(' ').append(ask);
        ComputationBuilder computation = new ComputationBuilder();
        String perName = items + "_per_" + container.singular();
        if (phrasing == 2) {
            computation.given(perName, per, items + " in each " + container.singular());
        }
        computation.given(boxes, count, boxes + " of " + items + " " + person + " has");
        if (phrasing != 2) {
            computation.given(perName, per, items + " in each " + container.singular());
        }

        // The solution: the product, then each change in turn; the last step answers the question.
        String current = computation.apply(
                items,
                Operator.MULTIPLY,
                items + " in the " + boxes,
                "How many " + items + " are in the " + boxes + "?",
                boxes,
                perName);
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            String amount =
                    computation.given(c.amountName(null), amounts.get(i), c.amountDescription(person, items, null));
            current = computation.apply(
                    c.resultName(),
                    c.operator(),
                    c.resultDescription(person, items),
                    i == changes.size() - 1 ? ask : c.subQuestion(person, amounts.get(i), items, null),
                    current,
                    amount);
        }
        return new Draft(question.toString(), computation.build());
    }
}
