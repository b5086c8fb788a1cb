package io.github.siked.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader takes the graph tables apart in order and refuses a row it cannot read. */
class DocumentedGraphTest {

    @TempDir
    Path dir;

    private Path document(String... lines) throws IOException {
        return Files.write(dir.resolve("architecture.md"), List.of(lines));
    }

    @Test
    void readsEveryGraphTableInOrderAndSkipsOtherTables() throws IOException {
        Path doc = document(
                "| module | what it holds | may import |",
                "| --- | --- | --- |",
                "| `siked-core` | the core | the JDK |",
                "",
                DocumentedGraph.HEADER,
                "| --- | --- | --- |",
                "| `number` | — | numbers, `CanonicalNumber` |",
                "| `strategy` | `number` | formats |",
                "",
                "### siked-djl",
                "",
                DocumentedGraph.HEADER,
                "| --- | --- | --- |",
                "| `djl.model` | `djl.safetensors`, `strategy` | the decoder |");
        Map<String, SortedSet<String>> graph = DocumentedGraph.read(doc);
        assertEquals(List.of("number", "strategy", "djl.model"), List.copyOf(graph.keySet()));
        assertEquals(new TreeSet<>(), graph.get("number"));
        assertEquals(new TreeSet<>(List.of("djl.safetensors", "strategy")), graph.get("djl.model"));
    }

    @Test
    void anImportsCellInAnotherFormIsRefusedWithItsLine() throws IOException {
        Path doc = document(DocumentedGraph.HEADER, "| --- | --- | --- |", "| `loop` | teacher, `verify` | the loop |");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DocumentedGraph.read(doc));
        assertEquals(
                doc + " line 3: write packages as `a`, `b.c` (or — for none), not teacher, `verify`", e.getMessage());
    }

    @Test
    void aRepeatedRowIsRefused() throws IOException {
        Path doc =
                document(DocumentedGraph.HEADER, "| --- | --- | --- |", "| `number` | — | a |", "| `number` | — | b |");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DocumentedGraph.read(doc));
        assertEquals(doc + " line 4 repeats the row of `number`", e.getMessage());
    }

    @Test
    void aRowWithAMissingCellIsRefused() throws IOException {
        Path doc = document(DocumentedGraph.HEADER, "| --- | --- | --- |", "| `number` | numbers |");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DocumentedGraph.read(doc));
        assertEquals(doc + " line 3 has 2 cells, not 3: | `number` | numbers |", e.getMessage());
    }
}
