package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases for every extractor, read from {@code src/test/resources/extraction/*.jsonl}: one
 * JSON object a line, with a {@code note} that names the case in the test report.
 */
class ExtractionFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> answers() {
        return rows("answers.jsonl");
    }

    static Stream<Arguments> programs() {
        return rows("programs.jsonl");
    }

    static Stream<Arguments> harness() {
        return rows("harness.jsonl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void answerExtractorReadsTheGoldenAnswer(String name, JsonNode row) {
        // The strategy field documents the case and must itself be valid.
        assertNotNull(Strategy.fromId(row.get("strategy").asText()));
        Extraction got = AnswerExtractor.extract(row.get("text").asText());
        assertEquals(textOrNull(row.get("expected")), got.answer(), name + ": answer");
        assertEquals(Extraction.Rule.fromId(row.get("rule").asText()), got.rule(), name + ": rule");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void programExtractorProducesTheGoldenSource(String name, JsonNode row) {
        assertEquals(
                row.get("expected").asText(),
                ProgramExtractor.extract(row.get("text").asText()),
                name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harness")
    void harnessFiltersMatchTheGoldenAnswers(String name, JsonNode row) {
        String text = row.get("text").asText();
        assertEquals(
                textOrNull(row.get("strict")),
                HarnessExtractor.strictMatch(text).orElse(null),
                name + ": strict");
        assertEquals(
                textOrNull(row.get("flexible")),
                HarnessExtractor.flexibleExtract(text).orElse(null),
                name + ": flexible");
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Stream<Arguments> rows(String file) {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = ExtractionFixturesTest.class.getResourceAsStream("/extraction/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture extraction/" + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    rows.add(Arguments.of(
                            file + ":" + number + " " + row.get("note").asText(), row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream();
    }
}
