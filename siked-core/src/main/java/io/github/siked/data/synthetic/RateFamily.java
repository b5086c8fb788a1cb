package io.github.siked.data.synthetic;

import static io.github.siked.data.synthetic.Lexicon.words;

import java.util.SplittableRandom;

/**
 * Unit rates: "5 pens cost 35 dollars. How many dollars do 3 pens cost?" One exact division, then a
 * product, both within the times tables. The only family with division, and the one where a solver
 * must find a quantity the question never states (the price of one). Small numbers keep prose
 * viable; a program must still divide the right way round.
 */
final class RateFamily implements Family {

    // The wide batch and price multiply to at least 60, above the training maximum of 54.
    private static final QuantityRange BATCH = new QuantityRange(new Range(2, 6), new Range(6, 9));
    private static final QuantityRange PRICE = new QuantityRange(new Range(2, 9), new Range(10, 25));
    private static final Range WANTED = new Range(2, 9);

    /**
     * The largest number a training question states (the total paid); the numbers shift goes above
     * it.
     */
    static final int TRAIN_MAX = BATCH.training().max() * PRICE.training().max();

    @Override
    public String id() {
        return "rate";
    }

    @Override
    public Draft draw(SplittableRandom random, Shift shift) {
        String person = Lexicon.pick(random, Lexicon.PEOPLE);
        String items = Lexicon.pick(random, Lexicon.ITEMS);
        int batch = BATCH.draw(random, shift);
        int price = PRICE.draw(random, shift);
        int paid = batch * price;
        int wanted = WANTED.draw(random);
        while (wanted == batch) {
            wanted = WANTED.draw(random);
        }
        int extra = shift == Shift.STEPS ? WANTED.draw(random) : 0;
        int phrasing = shift == Shift.PHRASING ? 2 : random.nextInt(2);

        // The question, givens in the order it states them.
        String wantedText = wanted + " " + items + (extra > 0 ? " and " + extra + " more " + items : "");
        String pay = words("How many dollars does", person, "pay for", wantedText) + "?";
        String question = switch (phrasing) {
            case 0 -> words(person, "pays", paid, "dollars for", batch, items) + ". " + pay;
            case 1 -> words(batch, items, "cost", paid, "dollars. How many dollars do", wantedText) + " cost?";
            default -> words(person, "buys", batch, items, "and pays", paid, "dollars.", pay);
        };
        ComputationBuilder computation = new ComputationBuilder();
        String paidName = "dollars_for_" + items;
        String batchName = items;
        String batchDescription = items + " that cost " + paid + " dollars";
        String paidDescription = "dollars " + batch + " " + items + " cost";
        if (phrasing == 0) {
            computation.given(paidName, paid, paidDescription);
            computation.given(batchName, batch, batchDescription);
        } else {
            computation.given(batchName, batch, batchDescription);
            computation.given(paidName, paid, paidDescription);
        }
        String wantedName = computation.given(items + "_wanted", wanted, items + " asked about");

        // The solution: the price of one, then the price of the ones asked about.
        String unit = computation.apply(
                "dollars_per_item",
                Operator.DIVIDE,
                "dollars one of the " + items + " costs",
                "How many dollars does one of the " + items + " cost?",
                paidName,
                batchName);
        String ask = question.substring(question.indexOf("How many"));
        if (extra > 0) {
            String extraName = computation.given(items + "_more", extra, "more " + items + " asked about");
            wantedName = computation.apply(
                    items + "_in_all",
                    Operator.ADD,
                    items + " asked about in all",
                    "How many " + items + " are asked about in all?",
                    wantedName,
                    extraName);
        }
        computation.apply(
                "cost", Operator.MULTIPLY, "dollars the " + items + " asked about cost", ask, unit, wantedName);
        return new Draft(question, computation.build());
    }
}
