package io.github.siked.teacher.backend;

import java.util.List;
import java.util.Objects;

/**
 * What the teacher answered to one request.
 *
 * @param texts the samples, in order; as many as the request's {@code n}
 * @param model the model id the server reported, or the backend's own name
 * @param fingerprint the server's system fingerprint, or null when it sends none
 * @param promptTokens prompt tokens the server counted, or 0
 * @param completionTokens completion tokens the server counted, or 0
 */
public record TeacherReply(
        List<String> texts, String model, String fingerprint, long promptTokens, long completionTokens) {

    public TeacherReply {
        texts = List.copyOf(Objects.requireNonNull(texts, "texts"));
        Objects.requireNonNull(model, "model");
    }
}
