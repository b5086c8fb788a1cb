package io.github.siked.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.record.Jsonl;
import io.github.siked.stage.AtomicFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Prints a benchmark's figures as a table and writes them as flat JSON. */
final class BenchReport {

    private BenchReport() {}

    static void write(Path file, Map<String, Double> figures) throws JsonProcessingException {
        TreeMap<String, Double> sorted = new TreeMap<>(figures);
        int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(10);
        System.out.println();
        sorted.forEach((key, value) -> System.out.printf("%-" + width + "s  %,14.2f%n", key, value));
        AtomicFile.write(file, Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted) + "\n");
    }
}
