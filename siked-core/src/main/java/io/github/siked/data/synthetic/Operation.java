package io.github.siked.data.synthetic;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Computation}: {@code target = operands[0] operator operands[1] …}.
 *
 * <p>It carries what each strategy needs to write the step: the formula for a program of thought,
 * the value for prose arithmetic, a noun phrase for a chain-of-thought line ("1. Cups Ann has in
 * all: 38 * 14 = 532.") and the sub-question a least-to-most decomposition asks for it.
 *
 * @param target the new quantity's name, a Python identifier unique within the computation
 * @param operator how the operands combine
 * @param operands earlier quantity names or literals from the question, in order
 * @param value the result, checked against the operands by {@link Computation}
 * @param description what the result counts, as a short noun phrase
 * @param subQuestion the question whose answer is this step ("How many cups does Ann have?")
 */
public record Operation(
        @JsonProperty(value = "target", required = true) String target,
        @JsonProperty(value = "operator", required = true) Operator operator,
        @JsonProperty(value = "operands", required = true) List<Operand> operands,
        @JsonProperty(value = "value", required = true) long value,

        @JsonProperty(value = "description", required = true)
        String description,

        @JsonProperty(value = "subQuestion", required = true)
        String subQuestion) {

    public Operation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(subQuestion, "subQuestion");
        QuantityName.check(target, "target");
        operands = List.copyOf(Objects.requireNonNull(operands, "operands"));
        if (!operator.accepts(operands.size())) {
            throw new IllegalArgumentException("operation '"
                    + target
                    + "' gives '"
                    + operator.symbol()
                    + "' "
                    + operands.size()
                    + " operands "
                    + operands
                    + ": it takes "
                    + operator.arity());
        }
    }

    /** The step as a Python assignment, for instance {@code cups = boxes * cups_per_box}. */
    public String formula() {
        StringBuilder line = new StringBuilder(target).append(" = ").append(operands.get(0));
        for (Operand operand : operands.subList(1, operands.size())) {
            line.append(' ').append(operator.symbol()).append(' ').append(operand);
        }
        return line.toString();
    }
}
