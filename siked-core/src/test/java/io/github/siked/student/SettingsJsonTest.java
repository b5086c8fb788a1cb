package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stage manifests record the training and sampling settings as JSON: their components, and no
 * other method that Jackson would take for a property. The adapter is an Optional, written by
 * Jackson's Jdk8Module as the adapter or null; enums by name, strategies by their id.
 */
class SettingsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());

    @Test
    void trainingSettingsAreTheirGroupsFieldByField() {
        JsonNode full = JSON.valueToTree(TrainConfig.builder()
                .optFullFineTuning()
                .optLossWeights(Map.of(Strategy.POT, 2.0))
                .build());
        assertEquals(
                List.of("format", "epochs", "optimization", "batching", "seed", "lora", "lossWeights"), names(full));
        assertEquals(
                "{\"learningRate\":2.0E-4,\"schedule\":\"LINEAR\",\"warmupRatio\":0.03,\"clipNorm\":1.0,"
                        + "\"weightDecay\":0.0}",
                full.get("optimization").toString());
        assertEquals(
                "{\"batchSize\":8,\"gradientAccumulation\":1,\"maxLength\":1024,\"overflow\":\"TRUNCATE\"}",
                full.get("batching").toString());
        assertEquals(
                "{\"cot\":1.0,\"l2m\":1.0,\"pot\":2.0}", full.get("lossWeights").toString());
        assertEquals(List.of("mode", "template"), names(full.get("format")));
        assertEquals("TAGGED", full.get("format").get("mode").asText());
        assertEquals(true, full.get("lora").isNull());
        assertEquals(
                "{\"rank\":16,\"alpha\":32.0,\"dropout\":0.05,\"targets\":[\"q\",\"k\",\"v\",\"o\",\"gate\",\"up\","
                        + "\"down\"]}",
                JSON.valueToTree(TrainConfig.siked()).get("lora").toString());
    }

    @Test
    void samplingSettingsAreTheirGroupsFieldByField() throws Exception {
        assertEquals(
                "{\"k\":10,\"decoding\":{\"temperature\":0.7,\"topP\":0.95,\"topK\":0,\"maxNewTokens\":512,"
                        + "\"stop\":[]},\"seed\":0,\"batchSize\":64}",
                new ObjectMapper().writeValueAsString(SampleConfig.siked()));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
