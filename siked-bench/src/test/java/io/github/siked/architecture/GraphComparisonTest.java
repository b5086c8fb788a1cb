package io.github.siked.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Each difference between the two graphs is named with what to change, and agreement with none. */
class GraphComparisonTest {

    private static final String USE = "Method <a.B.c()> calls method <d.E.f()> in (B.java:3)";

    /** Measured: number (leaf), strategy → number. */
    private static SortedMap<String, SortedMap<String, String>> measured() {
        SortedMap<String, SortedMap<String, String>> measured = new TreeMap<>();
        measured.put("number", new TreeMap<>());
        measured.put("strategy", new TreeMap<>(Map.of("number", USE)));
        return measured;
    }

    private static Map<String, SortedSet<String>> rows(Object... packageThenImports) {
        Map<String, SortedSet<String>> rows = new LinkedHashMap<>();
        for (int i = 0; i < packageThenImports.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> imports = (List<String>) packageThenImports[i + 1];
            rows.put((String) packageThenImports[i], new TreeSet<>(imports));
        }
        return rows;
    }

    private static GraphComparison against(Map<String, SortedSet<String>> documented) {
        return new GraphComparison(measured(), documented, "docs/architecture.md");
    }

    @Test
    void theSameGraphInLeavesFirstOrderHasNoDifference() {
        GraphComparison same = against(rows("number", List.of(), "strategy", List.of("number")));
        assertEquals(List.of(), same.rowsToChange());
        assertEquals(List.of(), same.arrowsToAdd());
        assertEquals(List.of(), same.arrowsToRemove());
        assertEquals(List.of(), same.rowsToMove());
    }

    @Test
    void anUndocumentedArrowNamesTheClassThatMakesIt() {
        assertEquals(
                List.of("`strategy` imports `number` (" + USE + "), but docs/architecture.md does not say so: add"
                        + " `number` to the imports of `strategy` in its package table"),
                against(rows("number", List.of(), "strategy", List.of())).arrowsToAdd());
    }

    @Test
    void aDocumentedArrowNoClassMakesIsToRemove() {
        assertEquals(
                List.of("docs/architecture.md says `number` imports `strategy`, but no main class of `number` uses"
                        + " one of `strategy`: remove `strategy` from the imports of `number` there"),
                against(rows("number", List.of("strategy"), "strategy", List.of("number")))
                        .arrowsToRemove());
    }

    @Test
    void aPackageWithoutARowGetsTheRowToAddAndARowWithoutClassesIsToRemove() {
        assertEquals(
                List.of(
                        "`strategy` holds classes but has no row in docs/architecture.md: add | `strategy` | `number` |"
                                + " (what it holds) | to its module's package table",
                        "docs/architecture.md has a row for `gone`, but no main class lives in that package: remove"
                                + " the row"),
                against(rows("number", List.of(), "gone", List.of())).rowsToChange());
    }

    @Test
    void aRowAboveWhatItImportsIsToMove() {
        assertEquals(
                List.of("`strategy` imports `number`, whose row is not above it in docs/architecture.md: move the row"
                        + " of `strategy` below the row of `number` (rows run from the leaves up)"),
                against(rows("strategy", List.of("number"), "number", List.of()))
                        .rowsToMove());
    }
}
