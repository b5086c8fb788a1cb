package io.github.siked.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table. Cells are not padded to a common width, so a changed number
 * changes one line of a committed README rather than realigning the whole table.
 */
final class MarkdownTable {

    private final List<String> header;
    private final List<Boolean> numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param header column titles
     * @param numeric for each column, whether it holds numbers (aligned right)
     */
    MarkdownTable(List<String> header, List<Boolean> numeric) {
        if (header.size() != numeric.size()) {
            throw new IllegalArgumentException(header.size() + " titles but " + numeric.size() + " alignments");
        }
        this.header = List.copyOf(header);
        this.numeric = List.copyOf(numeric);
    }

    /** Adds a row with one cell per column. */
    MarkdownTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(
                    "row " + cells + " has " + cells.size() + " cells for " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The table's lines, each ending with a newline. */
    String render() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        line(out, numeric.stream().map(right -> right ? "---:" : "---").toList());
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
