package io.github.siked.data.synthetic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a synthetic problem is solved: the numbers the question states, then the operations in order,
 * the last of which is the answer.
 *
 * <p>The compact constructor re-evaluates every operation, so a computation that exists is
 * consistent: names are unique Python identifiers, each operand refers to a quantity defined before
 * it (or is a literal), and each stored value equals its operands combined. A scripted teacher can
 * therefore trust the values for correct rationales and alter one step on purpose for wrong ones.
 *
 * @param givens the numbers stated in the question, in the order the question states them
 * @param operations the steps, in an order a solver can follow; at least one
 */
public record Computation(
        @JsonProperty(value = "givens", required = true) List<Quantity> givens,
        @JsonProperty(value = "operations", required = true) List<Operation> operations) {

    public Computation {
        givens = List.copyOf(Objects.requireNonNull(givens, "givens"));
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("a computation needs at least one operation; got none");
        }
        check(givens, operations);
    }

    /** The final operation, whose value is the gold answer. */
    @JsonIgnore
    public Operation result() {
        return operations.get(operations.size() - 1);
    }

    /** The gold answer: the value of the final operation. */
    @JsonIgnore
    public long answer() {
        return result().value();
    }

    /**
     * Recomputes every quantity from the givens and literals alone, ignoring the stored values.
     *
     * @return each quantity's name and value, givens first, then operations in order
     */
    public Map<String, Long> evaluate() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Quantity given : givens) {
            values.put(given.name(), given.value());
        }
        for (Operation operation : operations) {
            values.put(operation.target(), operation.operator().apply(resolve(operation, values)));
        }
        return Collections.unmodifiableMap(values);
    }

    /** Checks names, references and stored values; the message names the operation at fault. */
    private static void check(List<Quantity> givens, List<Operation> operations) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Quantity given : givens) {
            define(values, given.name(), given.value());
        }
        for (Operation operation : operations) {
            long computed;
            try {
                computed = operation.operator().apply(resolve(operation, values));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(
                        "operation '" + operation.formula() + "' cannot be computed: " + e.getMessage(), e);
            }
            if (computed != operation.value()) {
                throw new IllegalArgumentException("operation '"
                        + operation.formula()
                        + "' stores value "
                        + operation.value()
                        + " but its operands give "
                        + computed
                        + ": fix the value or the operands");
            }
            define(values, operation.target(), computed);
        }
    }

    private static void define(Map<String, Long> values, String name, long value) {
        if (values.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException(
                    "quantity '" + name + "' is defined twice: give each given and each target its own name");
        }
    }

    private static List<Long> resolve(Operation operation, Map<String, Long> values) {
        List<Long> resolved = new ArrayList<>(operation.operands().size());
        for (Operand operand : operation.operands()) {
            if (operand.isLiteral()) {
                resolved.add(operand.literal());
            } else if (values.containsKey(operand.text())) {
                resolved.add(values.get(operand.text()));
            } else {
                throw new IllegalArgumentException("operation '"
                        + operation.formula()
                        + "' uses '"
                        + operand.text()
                        + "' before it is defined: known so far "
                        + values.keySet());
            }
        }
        return resolved;
    }
}
