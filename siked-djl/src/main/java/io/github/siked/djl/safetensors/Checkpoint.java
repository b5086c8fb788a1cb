package io.github.siked.djl.safetensors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The weights of a Hugging Face model directory: {@code model.safetensors}, or the shards that
 * {@code model.safetensors.index.json}'s {@code weight_map} names.
 */
public final class Checkpoint {

    public static final String SINGLE_FILE = "model.safetensors";
    public static final String INDEX_FILE = "model.safetensors.index.json";

    private final Path directory;
    private final Map<String, SafetensorsReader> byTensor;

    private Checkpoint(Path directory, Map<String, SafetensorsReader> byTensor) {
        this.directory = directory;
        this.byTensor = byTensor;
    }

    /** Opens the weights of {@code directory}, preferring the single file over an index. */
    public static Checkpoint open(Path directory) throws ModelFileException {
        Path single = directory.resolve(SINGLE_FILE);
        Path index = directory.resolve(INDEX_FILE);
        if (Files.isRegularFile(single)) {
            SafetensorsReader reader = SafetensorsReader.open(single);
            Map<String, SafetensorsReader> byTensor = new LinkedHashMap<>();
            reader.names().forEach(name -> byTensor.put(name, reader));
            return new Checkpoint(directory, byTensor);
        }
        if (Files.isRegularFile(index)) {
            return new Checkpoint(directory, readIndex(index));
        }
        throw new ModelFileException(
                directory,
                "holds neither " + SINGLE_FILE + " nor " + INDEX_FILE
                        + ": point it at a Hugging Face model directory with safetensors weights");
    }

    private static Map<String, SafetensorsReader> readIndex(Path index) throws ModelFileException {
        JsonNode weightMap;
        try {
            weightMap = new ObjectMapper().readTree(index.toFile()).path("weight_map");
        } catch (IOException e) {
            throw new ModelFileException(index, "is not valid JSON: " + e.getMessage(), e);
        }
        if (!weightMap.isObject() || weightMap.isEmpty()) {
            throw new ModelFileException(index, "has no weight_map object naming each tensor's shard");
        }
        Map<String, SafetensorsReader> shards = new HashMap<>();
        Map<String, SafetensorsReader> byTensor = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = weightMap.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String shardName = entry.getValue().asText();
            SafetensorsReader shard = shards.get(shardName);
            if (shard == null) {
                Path shardFile = index.resolveSibling(shardName);
                if (!Files.isRegularFile(shardFile)) {
                    throw new ModelFileException(
                            index,
                            "names shard " + shardName + " for " + entry.getKey() + ", but that file is missing");
                }
                shard = SafetensorsReader.open(shardFile);
                shards.put(shardName, shard);
            }
            if (shard.entry(entry.getKey()) == null) {
                throw new ModelFileException(
                        index, "maps " + entry.getKey() + " to " + shardName + ", which has no such tensor");
            }
            byTensor.put(entry.getKey(), shard);
        }
        return byTensor;
    }

    /** The model directory. */
    public Path directory() {
        return directory;
    }

    /** Every tensor name. */
    public Set<String> names() {
        return Collections.unmodifiableSet(byTensor.keySet());
    }

    /** The header entry of {@code name}, or null when no file holds it. */
    public TensorEntry entry(String name) {
        SafetensorsReader reader = byTensor.get(name);
        return reader == null ? null : reader.entry(name);
    }

    /** The file that holds {@code name}, or null. */
    public Path fileOf(String name) {
        SafetensorsReader reader = byTensor.get(name);
        return reader == null ? null : reader.file();
    }

    /**
     * The element type that stores most of the weights, counted in elements: what a model
     * fine-tuned from this checkpoint is written back in, so that a bf16 or fp16 checkpoint stays
     * one (half the size of fp32, and loaded in that type by transformers and vLLM). A tie goes to
     * the wider type.
     */
    public DType storedType() {
        Map<DType, Long> elements = new EnumMap<>(DType.class);
        for (String name : byTensor.keySet()) {
            TensorEntry entry = entry(name);
            elements.merge(entry.dtype(), FloatTensor.elementCount(entry.shape()), Long::sum);
        }
        DType most = DType.F32;
        long count = -1;
        // EnumMap iterates F32, F16, BF16: a strict comparison keeps the wider type on a tie.
        for (Map.Entry<DType, Long> type : elements.entrySet()) {
            if (type.getValue() > count) {
                most = type.getKey();
                count = type.getValue();
            }
        }
        return most;
    }

    /** Reads {@code name}, widened to float32. */
    public FloatTensor read(String name) throws ModelFileException {
        SafetensorsReader reader = byTensor.get(name);
        if (reader == null) {
            throw new ModelFileException(directory, "has no tensor named " + name);
        }
        return reader.read(name);
    }
}
