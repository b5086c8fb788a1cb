package io.github.siked.stage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How manifests hold records as JSON. Configurations are written the same way on every run, so that
 * equal settings compare equal: record components in declaration order, map keys sorted, an
 * Optional as its value (or null), an enum as the id a pom writes (its {@code toString}, lower
 * case), a Path as its string.
 */
final class StageJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new SimpleModule("siked-stage").addSerializer(Path.class, ToStringSerializer.instance))
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Sorted keys for configurations, whose maps may come from a HashMap. */
    private static final ObjectWriter SORTED = MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Results keep their maps' order: some records require it (a table's column order). */
    private static final ObjectWriter AS_GIVEN = MAPPER.writer();

    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private StageJson() {}

    /**
     * A configuration as it reads back from a written manifest: through text, so that a long 7
     * equals the int 7 the parser makes of it.
     */
    static JsonNode config(Object value) {
        return asRead(SORTED, value);
    }

    /** A result, seeds or hashes as they read back from a written manifest. */
    static JsonNode asRead(Object value) {
        return asRead(AS_GIVEN, value);
    }

    /** A result read back from a manifest; empty when it no longer reads as {@code type}. */
    static <R> Optional<R> read(JsonNode node, Class<R> type) {
        try {
            return Optional.of(MAPPER.treeToValue(node, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // A manifest of an older siked or a hand-edited one: the stage runs again.
            return Optional.empty();
        }
    }

    /** The JSON of a manifest file. */
    static JsonNode readTree(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Pretty JSON for a manifest file, ending with a newline. */
    static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest that cannot be written as JSON", e);
        }
    }

    private static JsonNode asRead(ObjectWriter writer, Object value) {
        try {
            return MAPPER.readTree(writer.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "a stage's " + value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
