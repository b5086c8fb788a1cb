package io.github.siked.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import io.github.siked.record.RecordFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsJsonTest {

    @TempDir
    Path dir;

    @Test
    void holdsTheContractFieldsWithTheirTypes() throws IOException {
        JsonNode json = Jsonl.MAPPER.readTree(gemmaJson());

        assertEquals("gsm8k-gemma-2b", json.get("experiment").asText());
        assertTrue(json.get("student").isTextual());
        assertTrue(json.get("teacher").isTextual());
        assertEquals(1, json.get("bestIteration").asInt());
        JsonNode iteration = json.get("iterations").get(1);
        assertEquals(1, iteration.get("iteration").asInt());
        for (String field : List.of("alpha", "validationAccuracy", "strategyEntropy")) {
            assertTrue(iteration.get(field).isDouble(), field);
        }
        assertTrue(iteration.get("teacherRows").isIntegralNumber());
        assertTrue(iteration.get("studentRows").isIntegralNumber());
        assertEquals(0.8, iteration.get("strategyShare").get("pot").asDouble());

        JsonNode gsm8k = json.get("test").get("gsm8k-test");
        assertEquals(1319, gsm8k.get("n").asLong());
        assertEquals(0.4723, gsm8k.get("accuracy").asDouble());
        assertTrue(gsm8k.get("ci95").isArray());
        assertEquals(2, gsm8k.get("ci95").size());
        assertEquals(0.4455, gsm8k.get("ci95").get(0).asDouble());
        assertEquals(0.15, gsm8k.get("byStrategy").get("cot").get("share").asDouble());
        assertEquals(0.4, gsm8k.get("byStrategy").get("cot").get("accuracy").asDouble());
        assertEquals(0.381, gsm8k.get("harness").get("strictMatch").asDouble());
        assertEquals(0.6331, gsm8k.get("sampled").get("pass@4").asDouble());
    }

    @Test
    void leavesOutHarnessAndSampledScoresThatWereNotComputed() throws IOException {
        JsonNode svamp = Jsonl.MAPPER
                .readTree(MetricsJson.write(SampleMetrics.gemma()))
                .get("test")
                .get("svamp");

        assertFalse(svamp.has("harness"));
        assertFalse(svamp.has("sampled"));
        assertEquals(List.of("n", "accuracy", "ci95", "byStrategy", "strategyEntropy"), names(svamp));
    }

    @Test
    void ordersKeysByStrategyThenByName() throws IOException {
        JsonNode json = Jsonl.MAPPER.readTree(gemmaJson());

        assertEquals(
                "experiment student teacher method seed bestIteration iterations test comparison",
                String.join(" ", names(json)));
        assertEquals(
                List.of("cot", "l2m", "pot", "none"),
                names(json.get("iterations").get(0).get("strategyShare")));
        assertEquals(List.of("gsm8k-test", "svamp"), names(json.get("test")));
    }

    @Test
    void writesTheGroupedFieldsFlatInTheContractsOrder() throws IOException {
        JsonNode json = Jsonl.MAPPER.readTree(gemmaJson());

        assertEquals(
                "iteration alpha teacherRows studentRows validationAccuracy strategyShare strategyEntropy"
                        + " alphaByStrategy testAccuracy trainSteps",
                String.join(" ", names(json.get("iterations").get(0))));
    }

    @Test
    void writesEachDoubleAsItsShortestDecimal() {
        IterationMetrics odd = new IterationMetrics(
                0,
                new MixMetrics(0.1 + 0.2, 7, 0),
                new ValidationMetrics(1.0, Map.of("pot", 1e-7), 0),
                Map.of(),
                Map.of(),
                0);
        ExperimentMetrics metrics =
                new ExperimentMetrics("x", new RunSetup("s", "t", "m", 0), 0, List.of(odd), Map.of(), List.of());
        String text = MetricsJson.write(metrics);

        assertTrue(text.contains("\"alpha\" : 0.30000000000000004,"), text);
        assertTrue(text.contains("\"validationAccuracy\" : 1.0,"), text);
        assertTrue(text.contains("\"pot\" : 0.0000001"), text);
        assertTrue(text.contains("\"strategyEntropy\" : 0.0,"), text);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        ExperimentMetrics written = SampleMetrics.gemma();
        Path file = dir.resolve("metrics.json");
        Files.writeString(file, MetricsJson.write(written));

        ExperimentMetrics read = ExperimentMetrics.read(file);

        assertEquals(written, read);
        assertEquals(MetricsJson.write(written), MetricsJson.write(read));
    }

    @Test
    void namesTheFileLineAndFieldOfABadValue() throws IOException {
        RecordFormatException e = readError(gemmaJson().replace("\"alpha\" : 0.62", "\"alpha\" : 62"));

        assertTrue(e.getMessage().startsWith(file() + ":"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "field 'iterations[1]': iteration 1: alpha is 62.0: it is a fraction between 0 and 1 (write 0.472, not 47.2)"),
                e.getMessage());
    }

    @Test
    void namesAMissingField() throws IOException {
        RecordFormatException e =
                readError("{\"experiment\": \"x\", \"teacher\": \"t\", \"method\": \"m\", \"iterations\": []}");

        assertEquals(file() + ":1: field 'student' is missing", e.getMessage());
    }

    @Test
    void namesAMissingNestedNumberRatherThanReadingZero() throws IOException {
        RecordFormatException e = readError(gemmaJson().replaceFirst("\"alpha\" : 0.62,", ""));

        assertTrue(e.getMessage().endsWith(": field 'iterations[1].alpha' is missing"), e.getMessage());
    }

    @Test
    void namesAValueOfTheWrongKind() throws IOException {
        RecordFormatException e = readError(gemmaJson().replace("\"n\" : 1319,", "\"n\" : \"all\","));

        assertTrue(e.getMessage().endsWith(": field 'test.gsm8k-test.n': must be a number"), e.getMessage());
    }

    @Test
    void namesAGroupedValueOfTheWrongKind() throws IOException {
        RecordFormatException alpha = readError(gemmaJson().replace("\"alpha\" : 0.62", "\"alpha\" : \"high\""));
        RecordFormatException seed = readError(gemmaJson().replace("\"seed\" : 42", "\"seed\" : \"first\""));

        assertTrue(alpha.getMessage().endsWith(": field 'iterations[1].alpha': must be a number"), alpha.getMessage());
        assertTrue(seed.getMessage().endsWith(": field 'seed': must be a number"), seed.getMessage());
    }

    @Test
    void saysWhenTheFileIsMissingOrNotJson() throws IOException {
        Path missing = dir.resolve("absent/metrics.json");
        assertEquals(
                missing + ": no such file",
                assertThrows(RecordFormatException.class, () -> ExperimentMetrics.read(missing))
                        .getMessage());

        RecordFormatException e = readError("{\n  \"experiment\" : \"x\",\n  \"iterations\" : [");
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(
                e.getMessage().startsWith(file() + ":3: field 'iterations': Unexpected end-of-input"), e.getMessage());
        assertFalse(e.getMessage().contains("Source"), e.getMessage());
    }

    private static String gemmaJson() {
        return MetricsJson.write(SampleMetrics.gemma());
    }

    private Path file() {
        return dir.resolve("metrics.json");
    }

    /** What reading a {@code metrics.json} of this text throws. */
    private RecordFormatException readError(String text) throws IOException {
        Files.writeString(file(), text);
        return assertThrows(RecordFormatException.class, () -> ExperimentMetrics.read(file()));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
