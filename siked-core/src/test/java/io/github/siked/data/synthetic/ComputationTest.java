package io.github.siked.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputationTest {

    private static final Quantity BOXES = new Quantity("boxes", 38, "boxes Ann has");
    private static final Quantity PER_BOX = new Quantity("cups_per_box", 14, "cups in each box");

    private static Operation op(String target, Operator operator, long value, String... operands) {
        return new Operation(
                target, operator, List.of(operands).stream().map(Operand::of).toList(), value, "d", "q?");
    }

    @Test
    void evaluatesGivensThenOperationsInOrder() {
        Computation c = new Computation(
                List.of(BOXES, PER_BOX),
                List.of(
                        op("cups", Operator.MULTIPLY, 532, "boxes", "cups_per_box"),
                        op("half", Operator.DIVIDE, 266, "cups", "2")));
        assertEquals(266, c.answer());
        assertEquals(Map.of("boxes", 38L, "cups_per_box", 14L, "cups", 532L, "half", 266L), c.evaluate());
        assertEquals(
                List.of("boxes", "cups_per_box", "cups", "half"),
                List.copyOf(c.evaluate().keySet()));
        assertEquals("cups = boxes * cups_per_box", c.operations().get(0).formula());
    }

    @Test
    void literalOperandsAreNumbersAndNamesAreNot() {
        assertTrue(Operand.of("3").isLiteral());
        assertEquals(3, Operand.literal(3).literal());
        assertFalse(Operand.of("ann_apples").isLiteral());
        assertThrows(IllegalStateException.class, () -> Operand.of("ann_apples").literal());
        assertThrows(IllegalArgumentException.class, () -> Operand.literal(-1));
    }

    @Test
    void rejectsAStoredValueThatTheOperandsDoNotGive() {
        String message = refusal(List.of(BOXES, PER_BOX), op("cups", Operator.MULTIPLY, 530, "boxes", "cups_per_box"));
        assertEquals(
                "operation 'cups = boxes * cups_per_box' stores value 530 but its operands give 532: fix"
                        + " the value or the operands",
                message);
    }

    @Test
    void rejectsAnOperandUsedBeforeItIsDefined() {
        String message = refusal(List.of(BOXES), op("cups", Operator.MULTIPLY, 532, "boxes", "cups_per_box"));
        assertEquals(
                "operation 'cups = boxes * cups_per_box' uses 'cups_per_box' before it is defined: known so"
                        + " far [boxes]",
                message);
    }

    @Test
    void rejectsANameDefinedTwice() {
        String message = refusal(List.of(BOXES, PER_BOX), op("boxes", Operator.ADD, 52, "boxes", "cups_per_box"));
        assertTrue(message.startsWith("quantity 'boxes' is defined twice"), message);
    }

    @Test
    void rejectsInexactDivisionAndEmptyComputations() {
        String message = refusal(List.of(BOXES), op("part", Operator.DIVIDE, 9, "boxes", "4"));
        assertEquals("operation 'part = boxes / 4' cannot be computed: 38 / 4 is not a whole number", message);
        assertThrows(IllegalArgumentException.class, () -> new Computation(List.of(BOXES), List.of()));
    }

    @Test
    void namesMustBePythonIdentifiersThatShadowNothing() {
        IllegalArgumentException reserved =
                assertThrows(IllegalArgumentException.class, () -> new Quantity("sum", 1, "d"));
        assertEquals(
                "quantity name 'sum' is reserved in Python or in the program prelude: choose another name",
                reserved.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Quantity("Apples", 1, "d"));
        assertThrows(IllegalArgumentException.class, () -> new Quantity("cups-per-box", 1, "d"));
        assertThrows(IllegalArgumentException.class, () -> op("answer", Operator.ADD, 52, "boxes", "cups_per_box"));
    }

    @Test
    void subtractionAndDivisionTakeExactlyTwoOperands() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> op("left", Operator.SUBTRACT, 0, "a", "b", "c"));
        assertEquals("operation 'left' gives '-' 3 operands [a, b, c]: it takes exactly 2 operands", e.getMessage());
        assertEquals(6, Operator.ADD.apply(List.of(1L, 2L, 3L)));
        assertEquals(Operator.DIVIDE, Operator.fromSymbol("/"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Operator.fromSymbol("%"));
        assertEquals("unknown operator '%': use one of + - * /", unknown.getMessage());
    }

    /** Why a computation of these givens and this one operation is refused. */
    private static String refusal(List<Quantity> givens, Operation operation) {
        return assertThrows(IllegalArgumentException.class, () -> new Computation(givens, List.of(operation)))
                .getMessage();
    }
}
