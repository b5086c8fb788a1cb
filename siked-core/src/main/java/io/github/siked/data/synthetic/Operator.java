package io.github.siked.data.synthetic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An arithmetic operation of a {@link Computation}, written in records by its Python symbol.
 *
 * <p>{@link #ADD} and {@link #MULTIPLY} take two or more operands (a program writes {@code a + b +
 * c} on one line); {@link #SUBTRACT} and {@link #DIVIDE} take exactly two. Division must be exact:
 * the synthetic families only divide where the quotient is a whole number, so every value stays an
 * integer. In Python {@code /} still yields a float ({@code 6 / 2 == 3.0}); graders compare
 * numbers, so a teacher may write {@code /} or {@code //}.
 */
public enum Operator {
    ADD("+", Integer.MAX_VALUE),
    SUBTRACT("-", 2),
    MULTIPLY("*", Integer.MAX_VALUE),
    DIVIDE("/", 2);

    private final String symbol;
    private final int maxOperands;

    Operator(String symbol, int maxOperands) {
        this.symbol = symbol;
        this.maxOperands = maxOperands;
    }

    /** The symbol in Python and in prose arithmetic: {@code + - * /}. */
    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** Whether this operator accepts {@code count} operands. */
    public boolean accepts(int count) {
        return count >= 2 && count <= maxOperands;
    }

    /**
     * Folds the operands from left to right.
     *
     * @throws ArithmeticException on overflow, division by zero or a division with a remainder
     */
    public long apply(List<Long> operands) {
        if (!accepts(operands.size())) {
            throw new IllegalArgumentException(
                    "'" + symbol + "' cannot take " + operands.size() + " operands: " + arity());
        }
        long result = operands.get(0);
        for (long next : operands.subList(1, operands.size())) {
            result = step(result, next);
        }
        return result;
    }

    private long step(long left, long right) {
        return switch (this) {
            case ADD -> Math.addExact(left, right);
            case SUBTRACT -> Math.subtractExact(left, right);
            case MULTIPLY -> Math.multiplyExact(left, right);
            case DIVIDE -> {
                if (right == 0 || left % right != 0) {
                    throw new ArithmeticException(left + " / " + right + " is not a whole number");
                }
                yield left / right;
            }
        };
    }

    /** How many operands this operator takes, in words, for error messages. */
    public String arity() {
        return maxOperands == 2 ? "exactly 2 operands" : "2 or more operands";
    }

    /**
     * Reads an operator from its symbol.
     *
     * @throws IllegalArgumentException naming the bad symbol and the allowed ones
     */
    @JsonCreator
    public static Operator fromSymbol(String symbol) {
        for (Operator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("unknown operator '"
                + symbol
                + "': use one of "
                + Arrays.stream(values()).map(Operator::symbol).collect(Collectors.joining(" ")));
    }
}
