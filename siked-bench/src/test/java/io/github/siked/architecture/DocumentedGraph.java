package io.github.siked.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package graph that docs/architecture.md writes down: every row of its tables headed {@link
 * #HEADER}, read as a package (relative to {@code io.github.siked}) and the project packages it
 * imports, in the document's order. A row the reader cannot take apart is an error naming its line,
 * never skipped.
 */
final class DocumentedGraph {

    /** The document, from a module's folder (where surefire runs). */
    static final Path DOCUMENT = Path.of("../docs/architecture.md");

    /** The header of a graph table; tables with any other header are prose for people. */
    static final String HEADER = "| package | imports (project packages) | what it holds |";

    /** What the imports cell holds for a package that imports no project package. */
    static final String NONE = "—";

    private static final Pattern NAME = Pattern.compile("`([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)`");

    private DocumentedGraph() {}

    /** Each documented package, in the document's order, with the packages it imports. */
    static Map<String, SortedSet<String>> read(Path document) throws IOException {
        Map<String, SortedSet<String>> graph = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(document);
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(HEADER)) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            } else if (inTable && !line.startsWith("| ---")) {
                String where = document + " line " + (i + 1);
                String[] cells = line.split("\\|", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(where + " has " + (cells.length - 2) + " cells, not 3: " + line);
                }
                String from = onlyName(cells[1], where);
                if (graph.put(from, imports(cells[2], where)) != null) {
                    throw new IllegalStateException(where + " repeats the row of `" + from + "`");
                }
            }
        }
        return graph;
    }

    private static String onlyName(String cell, String where) {
        Set<String> names = names(cell, where);
        if (names.size() != 1) {
            throw new IllegalStateException(where + ": the package cell must hold one `package`, not " + cell.strip());
        }
        return names.iterator().next();
    }

    private static SortedSet<String> imports(String cell, String where) {
        return cell.strip().equals(NONE) ? new TreeSet<>() : names(cell, where);
    }

    /** The backquoted names of a cell written as {@code `a`, `b.c`}; anything else is an error. */
    private static SortedSet<String> names(String cell, String where) {
        SortedSet<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        String rest = NAME.matcher(cell).replaceAll("").replace(",", "").strip();
        if (names.isEmpty() || !rest.isEmpty()) {
            throw new IllegalStateException(
                    where + ": write packages as `a`, `b.c` (or " + NONE + " for none), not " + cell.strip());
        }
        return names;
    }
}
