package io.github.siked.data.synthetic;

import java.util.List;

/**
 * An event that changes how many things a person has, shared by the families that keep a running
 * count. {@link #GIVE} and {@link #GET} involve a second person, which adds a name a solver must
 * not confuse with the owner.
 */
enum Change {
    BUY("buys", "bought", "buying", Operator.ADD),
    FIND("finds", "found", "finding", Operator.ADD),
    GET("gives", "from", "getting", Operator.ADD),
    SELL("sells", "sold", "selling", Operator.SUBTRACT),
    LOSE("loses", "lost", "losing", Operator.SUBTRACT),
    GIVE("gives", "to", "giving", Operator.SUBTRACT);

    /** The changes that need no second person. */
    static final List<Change> ALONE = List.of(BUY, FIND, SELL, LOSE);

    private final String verb;
    private final String suffix;
    private final String gerund;
    private final Operator operator;

    Change(String verb, String suffix, String gerund, Operator operator) {
        this.verb = verb;
        this.suffix = suffix;
        this.gerund = gerund;
        this.operator = operator;
    }

    /** {@code +} for a gain, {@code -} for a loss. */
    Operator operator() {
        return operator;
    }

    boolean involvesOther() {
        return this == GET || this == GIVE;
    }

    /**
     * The event as a clause: "Ann sells 5 apples", "Ben gives Ann 5 apples", "Ann gives 5 apples to
     * Ben". With {@code omitOwner} the owner's name is left out where it is the subject, for a clause
     * joined to one about the same person ("… and then sells 5 apples").
     */
    String clause(String owner, long amount, String items, String other, boolean omitOwner) {
        String subject = omitOwner ? "" : owner + " ";
        return switch (this) {
            case GET -> other + " gives " + owner + " " + amount + " " + items;
            case GIVE -> subject + "gives " + amount + " " + items + " to " + other;
            default -> subject + verb + " " + amount + " " + items;
        };
    }

    /**
     * The name of the amount: {@code sold}, {@code from_ben}. Names leave out the thing counted,
     * which is the same throughout a problem, to keep programs short for a small student.
     */
    String amountName(String other) {
        return involvesOther() ? suffix + "_" + Lexicon.identifier(other) : suffix;
    }

    /** What the amount counts: "apples Ann sells", "apples Ben gives Ann". */
    String amountDescription(String owner, String items, String other) {
        return switch (this) {
            case GET -> items + " " + other + " gives " + owner;
            case GIVE -> items + " " + owner + " gives to " + other;
            default -> items + " " + owner + " " + verb;
        };
    }

    /** The name of the count after the event: {@code after_selling}. */
    String resultName() {
        return "after_" + gerund;
    }

    String resultDescription(String owner, String items) {
        return items + " " + owner + " has after " + gerund;
    }

    /** "How many apples does Ann have after getting 3 apples from Ben?" */
    String subQuestion(String owner, long amount, String items, String other) {
        String tail = switch (this) {
            case GET -> " from " + other;
            case GIVE -> " to " + other;
            default -> "";
        };
        return "How many "
                + items
                + " does "
                + owner
                + " have after "
                + gerund
                + " "
                + amount
                + " "
                + items
                + tail
                + "?";
    }
}
