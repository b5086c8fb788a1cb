package io.github.siked.record;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a graded sample's flat JSON object as its {@link Sample} and its {@link Grade}, each from
 * the fields it declares (both ignore the other's). Jackson 2.18 cannot unwrap a record's constructor parameters
 * ({@code @JsonUnwrapped} on a creator property is "not yet supported"), so the object is read
 * twice as a tree; the writer needs no help.
 */
final class GradedSampleDeserializer extends StdDeserializer<GradedSample> {

    GradedSampleDeserializer() {
        super(GradedSample.class);
    }

    @Override
    public GradedSample deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode object = context.readTree(parser);
        return new GradedSample(
                context.readTreeAsValue(object, Sample.class), context.readTreeAsValue(object, Grade.class));
    }
}
