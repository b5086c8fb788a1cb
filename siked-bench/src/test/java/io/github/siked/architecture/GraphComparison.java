package io.github.siked.architecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Where the documented package graph and the measured one part, each difference worded as what to
 * change in the document.
 *
 * @param measured each package that holds a main class, with the packages it uses and one use of each
 * @param documented each package with a row, in the document's order, with the packages it imports
 * @param document the document, as a failure names it
 */
record GraphComparison(
        SortedMap<String, SortedMap<String, String>> measured,
        Map<String, SortedSet<String>> documented,
        String document) {

    /** Packages with classes and no row, and rows with no classes. */
    List<String> rowsToChange() {
        List<String> problems = new ArrayList<>();
        measured.forEach((from, uses) -> {
            if (!documented.containsKey(from)) {
                problems.add("`" + from + "` holds classes but has no row in " + document + ": add | `" + from + "` | "
                        + cell(uses.keySet()) + " | (what it holds) | to its module's package table");
            }
        });
        documented.keySet().stream()
                .filter(from -> !measured.containsKey(from))
                .forEach(from -> problems.add(document + " has a row for `" + from
                        + "`, but no main class lives in that package: remove the row"));
        return problems;
    }

    /** Arrows the classes make that the rows lack. */
    List<String> arrowsToAdd() {
        List<String> problems = new ArrayList<>();
        measured.forEach((from, uses) -> {
            SortedSet<String> row = documented.get(from);
            if (row != null) {
                uses.forEach((to, use) -> {
                    if (!row.contains(to)) {
                        problems.add("`" + from + "` imports `" + to + "` (" + use + "), but " + document
                                + " does not say so: add `" + to + "` to the imports of `" + from
                                + "` in its package table");
                    }
                });
            }
        });
        return problems;
    }

    /** Arrows the rows state that no class makes. */
    List<String> arrowsToRemove() {
        List<String> problems = new ArrayList<>();
        documented.forEach((from, row) -> {
            SortedMap<String, String> uses = measured.get(from);
            if (uses != null) {
                row.stream()
                        .filter(to -> !uses.containsKey(to))
                        .forEach(to -> problems.add(document + " says `" + from + "` imports `" + to
                                + "`, but no main class of `" + from + "` uses one of `" + to + "`: remove `" + to
                                + "` from the imports of `" + from + "` there"));
            }
        });
        return problems;
    }

    /** Rows that import a row below them: rows run from the leaves up. */
    List<String> rowsToMove() {
        List<String> problems = new ArrayList<>();
        Set<String> above = new HashSet<>();
        documented.forEach((from, row) -> {
            row.stream()
                    .filter(to -> documented.containsKey(to) && !above.contains(to))
                    .forEach(to -> problems.add("`" + from + "` imports `" + to + "`, whose row is not above it in "
                            + document + ": move the row of `" + from + "` below the row of `" + to
                            + "` (rows run from the leaves up)"));
            above.add(from);
        });
        return problems;
    }

    private static String cell(Set<String> packages) {
        return packages.isEmpty()
                ? DocumentedGraph.NONE
                : String.join(", ", packages.stream().map(p -> "`" + p + "`").toList());
    }
}
