package io.github.siked.teacher;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.record.Jsonl;
import io.github.siked.stage.Sha256;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content address of a teacher request: the sha256 of everything that decides its answer —
 * backend, model, the prompt's hash, the question, every sampling field, n and the seed. Two
 * experiments that ask the same thing get the same key, so the shared cache answers the second.
 * The problem's id is left out on purpose: the same question under another id is the same request.
 */
public final class RequestKey {

    private RequestKey() {}

    /**
     * @param backend the backend's identity ({@link TeacherBackend#identity()})
     * @param model the model asked for, as configured
     */
    public static String of(String backend, String model, TeacherRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("backend", backend);
        fields.put("model", model);
        fields.put("strategy", request.strategy().id());
        fields.put("prompt", Sha256.of(request.prompt()));
        fields.put("question", request.problem().question());
        fields.put("n", request.n());
        fields.put("seed", request.seed());
        fields.put("temperature", request.sampling().temperature());
        fields.put("top_p", request.sampling().topP());
        fields.put("max_tokens", request.sampling().maxTokens());
        fields.put("stop", request.sampling().stop());
        fields.put("extra", request.sampling().extra());
        try {
            return Sha256.of(Jsonl.MAPPER.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "sampling field that cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
