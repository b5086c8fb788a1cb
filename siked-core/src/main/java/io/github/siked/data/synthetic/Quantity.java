package io.github.siked.data.synthetic;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A number stated in the question, named so that a program can assign it ({@code boxes = 38}) and
 * prose can refer to it.
 *
 * @param name a Python identifier, unique within the computation
 * @param value the number exactly as the question writes it
 * @param description what the number counts, as a short noun phrase ("boxes Ann has")
 */
public record Quantity(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "value", required = true) long value,

        @JsonProperty(value = "description", required = true)
        String description) {

    public Quantity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        QuantityName.check(name, "quantity name");
    }
}
