package io.github.siked.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.siked.number.CanonicalNumber;
import io.github.siked.number.ShortestDecimal;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of upstream JSON records with errors that name the record and the field.
 *
 * <p>A float gold answer is the float's shortest decimal ({@link ShortestDecimal}), whatever digits
 * the file spells it with: GSM-Hard writes some targets with 17 significant digits
 * ({@code 5186630.5999999996}), which is the same double as {@code 5186630.6}.
 */
final class UpstreamJson {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private UpstreamJson() {}

    /** Parses one JSON text at a location, typically a JSONL line. */
    private static JsonNode parse(String text, RecordLocation at) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw at.error("not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads a whole file that must hold one JSON array. */
    private static JsonNode readArray(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RecordFormatException(file, line, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RecordFormatException(file, "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            String found =
                    root == null ? "nothing" : root.getNodeType().toString().toLowerCase();
            throw new RecordFormatException(file, "expected a JSON array of records, found " + found);
        }
        return root;
    }

    /** The record itself, which must be a JSON object. */
    private static JsonNode object(JsonNode node, RecordLocation at) {
        if (!node.isObject()) {
            throw at.error("expected a JSON object, found "
                    + node.getNodeType().toString().toLowerCase());
        }
        return node;
    }

    /** A required string field. */
    static String text(JsonNode record, String field, RecordLocation at) {
        JsonNode value = required(record, field, at);
        if (!value.isTextual()) {
            throw at.error("field '" + field + "' must be a string, found " + describe(value));
        }
        return value.textValue();
    }

    /** A required numeric field, as a canonical decimal string ({@link #canonical}). */
    static String number(JsonNode record, String field, RecordLocation at) {
        JsonNode value = required(record, field, at);
        if (!value.isNumber()) {
            throw at.error("field '" + field + "' must be a number (the gold answer), found " + describe(value));
        }
        return canonical(value);
    }

    /** The canonical decimal string of a JSON number: an integer exactly, a float as its shortest decimal. */
    static String canonical(JsonNode number) {
        BigDecimal decimal = number.isIntegralNumber()
                ? new BigDecimal(number.bigIntegerValue())
                : ShortestDecimal.of(number.doubleValue());
        return CanonicalNumber.format(decimal);
    }

    static JsonNode required(JsonNode record, String field, RecordLocation at) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw at.error("missing field '" + field + "'");
        }
        return value;
    }

    static String describe(JsonNode value) {
        String text = value.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return value.getNodeType().toString().toLowerCase() + " " + text;
    }

    /** Makes the problem of one upstream record. */
    @FunctionalInterface
    interface ProblemReader {
        /**
         * @param index the record's 0-based position among the file's records (blank lines skipped)
         * @param record the record, a JSON object
         * @param at where the record sits, for errors
         */
        Problem read(int index, JsonNode record, RecordLocation at);
    }

    /** The problems of a JSONL file: each non-blank line parsed as a JSON object and read, in order. */
    static List<Problem> lines(Path file, ProblemReader reader) {
        requireFile(file);
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                RecordLocation at = RecordLocation.line(file, line);
                problems.add(reader.read(problems.size(), object(parse(text, at), at), at));
            }
        } catch (IOException e) {
            throw new RecordFormatException(file, "cannot be read: " + e.getMessage());
        }
        return problems;
    }

    /**
     * The problems of a file holding one JSON array of objects, in order. A record's location names
     * its index; a reader that finds the record's id adds it with {@link RecordLocation#withId}.
     */
    static List<Problem> array(Path file, ProblemReader reader) {
        requireFile(file);
        JsonNode records = readArray(file);
        List<Problem> problems = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            RecordLocation at = RecordLocation.record(file, index, null);
            problems.add(reader.read(index, object(records.get(index), at), at));
        }
        return problems;
    }

    /** Checks that a file exists before a loader opens it. */
    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RecordFormatException(file, "no such file");
        }
    }
}
