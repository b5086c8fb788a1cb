package io.github.siked.data.synthetic;

import static io.github.siked.data.synthetic.Lexicon.words;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Two products, then a sum or a difference: "Ann buys 4 boxes of pens and 3 bags of eggs. Each box
 * holds 6 pens and each bag holds 7 eggs. How many more pens than eggs does Ann have?" The factors
 * are one-digit, so the products come from the times tables a small student can memorise, but they
 * must be paired correctly (which count goes with which container) and combined the way the
 * question asks. Two independent sub-results make this the natural case for least-to-most
 * decomposition.
 */
final class GroupsFamily implements Family {

    /** A count of containers, or the items each holds. */
    private static final QuantityRange FACTOR = new QuantityRange(new Range(2, 9), new Range(2, 12));

    /** The first kind's count of containers. */
    private static final QuantityRange FIRST_COUNT = QuantityRange.above(FACTOR.training(), 30);

    /** The largest number a training question states; the numbers shift goes above it. */
    static final int TRAIN_MAX = FACTOR.training().max();

    /** One kind of thing in the story: so many containers, each holding so many items. */
    private record Group(Lexicon.Container container, String items, int count, int per) {}

    @Override
    public String id() {
        return "groups";
    }

    @Override
    public Draft draw(SplittableRandom random, Shift shift) {
        int kinds = shift == Shift.STEPS ? 3 : 2;
        String person = Lexicon.pick(random, Lexicon.PEOPLE);
        List<Lexicon.Container> containers = Lexicon.distinct(random, Lexicon.CONTAINERS, kinds);
        List<String> items = Lexicon.distinct(random, Lexicon.ITEMS, kinds);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < kinds; i++) {
            int count = (i == 0 ? FIRST_COUNT : FACTOR).draw(random, shift);
            int per = FACTOR.draw(random, shift);
            groups.add(new Group(containers.get(i), items.get(i), count, per));
        }
        // A difference is asked only between two kinds with different totals, larger first.
        boolean difference = kinds == 2 && random.nextBoolean() && total(groups.get(0)) != total(groups.get(1));
        if (difference && total(groups.get(0)) < total(groups.get(1))) {
            groups = List.of(groups.get(1), groups.get(0));
        }
        int phrasing = shift == Shift.PHRASING ? 2 : random.nextInt(2);

        // The question, givens in the order it states them.
        ComputationBuilder computation = new ComputationBuilder();
        List<String> having = new ArrayList<>();
        List<String> buying = new ArrayList<>();
        List<String> holding = new ArrayList<>();
        for (Group g : groups) {
            String container = g.container().singular();
            having.add(words(g.count(), g.container().plural(), "with", g.per(), g.items(), "in each", container));
            buying.add(words(g.count(), g.container().plural(), "of", g.items()));
            holding.add(words("each", container, "holds", g.per(), g.items()));
        }
        String statement = switch (phrasing) {
            case 0 -> words(person, "has", Lexicon.list(having)) + ".";
            case 1 -> words(person, "buys", Lexicon.list(buying)) + ". " + sentence(holding) + ".";
            default -> sentence(holding) + ". " + words(person, "buys", Lexicon.list(buying)) + ".";
        };
        if (phrasing == 2) {
            groups.forEach(g -> perGiven(computation, g));
            groups.forEach(g -> countGiven(computation, g, person));
        } else {
            groups.forEach(g -> {
                countGiven(computation, g, person);
                perGiven(computation, g);
            });
        }
        List<String> kindsAsked = groups.stream().map(Group::items).toList();
        String ask = difference
                ? words("How many more", kindsAsked.get(0), "than", kindsAsked.get(1), "does", person) + " have?"
                : words("How many", Lexicon.list(kindsAsked), "does", person, "have in all?");

        // The solution: one product per kind, then the combination asked for.
        List<String> products = new ArrayList<>();
        for (Group g : groups) {
            products.add(computation.apply(
                    g.items(),
                    Operator.MULTIPLY,
                    g.items() + " in the " + g.container().plural(),
                    "How many " + g.items() + " are in the " + g.container().plural() + "?",
                    g.container().plural(),
                    perName(g)));
        }
        if (difference) {
            computation.apply(
                    "difference",
                    Operator.SUBTRACT,
                    "how many more " + products.get(0) + " than " + products.get(1),
                    ask,
                    products.get(0),
                    products.get(1));
        } else {
            computation.apply(
                    "total", Operator.ADD, "things " + person + " has in all", ask, products.toArray(String[]::new));
        }
        return new Draft(statement + " " + ask, computation.build());
    }

    private static int total(Group g) {
        return g.count() * g.per();
    }

    private static String perName(Group g) {
        return g.items() + "_per_" + g.container().singular();
    }

    private static void countGiven(ComputationBuilder computation, Group g, String person) {
        computation.given(
                g.container().plural(), g.count(), g.container().plural() + " of " + g.items() + " " + person + " has");
    }

    private static void perGiven(ComputationBuilder computation, Group g) {
        computation.given(
                perName(g), g.per(), g.items() + " in each " + g.container().singular());
    }

    /** "Each box holds 6 pens and each bag holds 7 eggs". */
    private static String sentence(List<String> holding) {
        String text = Lexicon.list(holding);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
