package io.github.siked.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.siked.number.ShortestDecimal;
import io.github.siked.record.Jsonl;
import io.github.siked.record.RecordFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code metrics.json} in and out. The text is a function of the metrics alone, so a committed
 * file changes only when a result does: keys in a fixed order ({@link MetricKeys}), two-space
 * indentation and {@code \n} on every system, and each double as its shortest decimal
 * ({@link ShortestDecimal}), which Java 17's {@code Double.toString} does not promise and later
 * Javas print differently.
 */
public final class MetricsJson {

    // The records mark their required fields, so the optional ones (harness, sampled, comparison,
    // a variant's validation) may be absent, as they are when written; a null number is an error,
    // never a silent 0.
    private static final ObjectMapper MAPPER = Jsonl.MAPPER
            .copy()
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .registerModule(new SimpleModule("siked-results")
                    .addSerializer(Double.class, new ShortestDouble())
                    .addSerializer(double.class, new ShortestDouble()));

    /** Jackson's words for a required field that is absent, and the field's name. */
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']*)'");

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private MetricsJson() {}

    /** The metrics as the text of a {@code metrics.json}, ending with a newline. */
    public static String write(ExperimentMetrics metrics) {
        try {
            return WRITER.writeValueAsString(metrics) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metrics of " + metrics.experiment() + " are not serialisable", e);
        }
    }

    /**
     * Reads a {@code metrics.json}.
     *
     * @throws RecordFormatException naming the file (and the line and field when known) when it is
     *     missing, not JSON, or not valid metrics
     */
    public static ExperimentMetrics read(Path metricsJson) {
        if (!Files.isRegularFile(metricsJson)) {
            throw new RecordFormatException(metricsJson, "no such file");
        }
        try {
            return MAPPER.readValue(Files.readString(metricsJson), ExperimentMetrics.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw at != null && at.getLineNr() > 0
                    ? new RecordFormatException(metricsJson, at.getLineNr(), describe(e))
                    : new RecordFormatException(metricsJson, describe(e));
        } catch (IOException e) {
            throw new RecordFormatException(metricsJson, "cannot be read: " + e.getMessage());
        }
    }

    // Says which field was wrong and what a record's constructor said about it, without Jackson's type dump.
    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.lookingAt()) {
            // Jackson's path already ends with the missing field's name.
            return "field '" + (path.isEmpty() ? missing.group(1) : path) + "' is missing";
        }
        // Jackson's location of an unclosed bracket repeats what the file name and line already say.
        String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "");
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            message = e.getCause().getMessage();
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "must be " + kind(mismatch.getTargetType());
        }
        return path.isEmpty() ? message : "field '" + path + "': " + message;
    }

    /** A JSON reader's name for the kind of value a Java type reads. */
    private static String kind(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return type == String.class ? "a string" : "an object";
    }

    /** Where in the document: {@code iterations[1].alpha}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** Writes a double as its shortest round-tripping decimal, keeping a {@code .0} on whole numbers. */
    private static final class ShortestDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            String digits = ShortestDecimal.of(value).toPlainString();
            out.writeNumber(digits.contains(".") ? digits : digits + ".0");
        }
    }
}
