package io.github.siked.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Collectors;

/** The JSON settings shared by every record file. */
public final class Jsonl {

    /** One mapper for all records: thread-safe once configured. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Jsonl() {}

    /** Says which field of a record was missing or had the wrong type, without Jackson's stack of types. */
    static String describe(MismatchedInputException e) {
        String path = e.getPath().stream().map(Jsonl::segment).collect(Collectors.joining("."));
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof IllegalArgumentException cause) {
            message = cause.getMessage();
        }
        return path.isEmpty() ? message : "field '" + path + "': " + message;
    }

    /**
     * Says what a record's constructor refused: a required field given as null (the records name the
     * field in their null checks) or a value out of range, with the field's path when Jackson knows it.
     */
    static String describe(ValueInstantiationException e) {
        String path = e.getPath().stream().map(Jsonl::segment).collect(Collectors.joining("."));
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause instanceof NullPointerException
                ? "field '" + cause.getMessage() + "' is missing or null"
                : cause.getMessage();
        return path.isEmpty() ? message : "field '" + path + "': " + message;
    }

    private static String segment(JsonMappingException.Reference ref) {
        return ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]";
    }
}
