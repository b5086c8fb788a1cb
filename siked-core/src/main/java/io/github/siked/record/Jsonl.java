package io.github.siked.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Collectors;

/** The JSON settings shared by every record file. */
public final class Jsonl {

  /** One mapper for all records: thread-safe once configured. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private Jsonl() {}

  /** Says which field of a record was missing or had the wrong type, without Jackson's stack of types. */
  static String describe(MismatchedInputException e) {
    String path =
        e.getPath().stream()
            .map(Jsonl::segment)
            .collect(Collectors.joining("."));
    String message = e.getOriginalMessage();
    if (e.getCause() instanceof IllegalArgumentException cause) {
      message = cause.getMessage();
    }
    return path.isEmpty() ? message : "field '" + path + "': " + message;
  }

  private static String segment(JsonMappingException.Reference ref) {
    return ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]";
  }
}
