package io.github.siked.teacher.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.siked.record.Jsonl;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherRequest;
import java.util.Map;
import java.util.Set;

/**
 * Writes the JSON body of one generation request. Every sampling field is sent, even when it
 * equals a common default: vLLM fills a missing field from the model's own generation config, so
 * leaving one out would make the data differ from what the pom says without any sign of it.
 */
final class OpenaiBody {

    /** Fields this class owns; {@link Sampling#extra()} may add fields but not replace these. */
    static final Set<String> OWN_FIELDS =
            Set.of("model", "prompt", "messages", "n", "temperature", "top_p", "max_tokens", "stop", "seed", "stream");

    private OpenaiBody() {}

    /**
     * The body asking {@code n} samples starting at {@code seed}.
     *
     * @throws TeacherException when an extra field would replace a field set from the configuration
     */
    static byte[] write(OpenaiApi api, String model, TeacherRequest request, int n, long seed) {
        Sampling sampling = request.sampling();
        ObjectNode body = Jsonl.MAPPER.createObjectNode();
        body.put("model", model);
        api.putPrompt(body, request.prompt());
        body.put("n", n);
        body.put("temperature", sampling.temperature());
        body.put("top_p", sampling.topP());
        body.put("max_tokens", sampling.maxTokens());
        sampling.stop().forEach(body.putArray("stop")::add);
        body.put("seed", seed);
        body.put("stream", false);
        for (Map.Entry<String, Object> field : sampling.extra().entrySet()) {
            if (OWN_FIELDS.contains(field.getKey())) {
                throw new TeacherException("sampling extra field '" + field.getKey() + "' would replace a"
                        + " field the teacher sets itself: set it through its own setting, not through extra");
            }
            body.set(field.getKey(), Jsonl.MAPPER.valueToTree(field.getValue()));
        }
        try {
            return Jsonl.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new TeacherException("cannot write the request body: " + e.getOriginalMessage(), e);
        }
    }
}
