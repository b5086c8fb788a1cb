package io.github.siked.teacher;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import java.util.List;
import java.util.Objects;

/**
 * One answered request, as the journal and the shared cache keep it: which problem and strategy
 * it was for, its key, and the reply.
 *
 * @param key the request's content address ({@link RequestKey})
 * @param id the problem's id
 * @param strategy the strategy asked for
 * @param seed the seed of the request's first sample
 * @param texts the samples, in order
 * @param model the model id the server reported
 * @param fingerprint the server's system fingerprint, or null
 * @param promptTokens prompt tokens the server counted
 * @param completionTokens completion tokens the server counted
 */
@JsonPropertyOrder({"key", "id", "strategy", "seed", "texts", "model", "fingerprint", "promptTokens", "completionTokens"
})
public record TeacherCall(
        String key,
        String id,
        Strategy strategy,
        long seed,
        List<String> texts,
        String model,
        String fingerprint,
        long promptTokens,
        long completionTokens) {

    public TeacherCall {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        texts = List.copyOf(Objects.requireNonNull(texts, "texts"));
        Objects.requireNonNull(model, "model");
    }

    static TeacherCall of(String key, TeacherRequest request, TeacherReply reply) {
        return new TeacherCall(
                key,
                request.problem().id(),
                request.strategy(),
                request.seed(),
                reply.texts(),
                reply.model(),
                reply.fingerprint(),
                reply.promptTokens(),
                reply.completionTokens());
    }

    /** This call under another problem id: a cached answer reused for a problem with the same question. */
    TeacherCall forProblem(String problemId) {
        return new TeacherCall(
                key, problemId, strategy, seed, texts, model, fingerprint, promptTokens, completionTokens);
    }
}
