package io.github.siked.data.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects givens and operations in order, computing each operation's value as it is added. */
final class ComputationBuilder {

    private final List<Quantity> givens = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Long> values = new HashMap<>();

    /** Records a number the question states and returns its name, for use as an operand. */
    String given(String name, long value, String description) {
        givens.add(new Quantity(name, value, description));
        values.put(name, value);
        return name;
    }

    /**
     * Records {@code target = operands[0] operator operands[1] …} and returns the target's name.
     *
     * @param operands quantity names or the decimal digits of literals from the question
     */
    String apply(String target, Operator operator, String description, String subQuestion, String... operands) {
        List<Operand> inputs = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (String text : operands) {
            Operand operand = Operand.of(text);
            inputs.add(operand);
            numbers.add(operand.isLiteral() ? operand.literal() : value(text));
        }
        long value = operator.apply(numbers);
        operations.add(new Operation(target, operator, inputs, value, description, subQuestion));
        values.put(target, value);
        return target;
    }

    /** The value of a quantity recorded so far. */
    long value(String name) {
        Long value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no quantity '" + name + "' yet; known: " + values.keySet());
        }
        return value;
    }

    Computation build() {
        return new Computation(givens, operations);
    }
}
