package io.github.siked.teacher;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import java.util.List;
import java.util.Objects;

/**
 * One answered request, as the journal and the shared cache keep it: which problem and strategy
 * it was for, its key, and the reply.
 *
 * <p>One JSON object per call, the reply's fields beside the request's: {@code key, id, strategy,
 * seed, texts, model, fingerprint, promptTokens, completionTokens}, in that order. Journals and
 * cache entries written by earlier versions have that form, so it must not change
 * (docs/contracts.md, "Stage folders and manifests").
 *
 * @param key the request's content address ({@link RequestKey})
 * @param id the problem's id
 * @param strategy the strategy asked for
 * @param seed the seed of the request's first sample
 * @param reply the samples, the model and fingerprint the server reported, and the tokens it counted
 */
@JsonPropertyOrder({"key", "id", "strategy", "seed", "reply"})
public record TeacherCall(
        String key,
        String id,
        Strategy strategy,
        long seed,
        @JsonUnwrapped TeacherReply reply) {

    public TeacherCall {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(reply, "reply");
    }

    static TeacherCall of(String key, TeacherRequest request, TeacherReply reply) {
        return new TeacherCall(key, request.problem().id(), request.strategy(), request.seed(), reply);
    }

    /** This call under another problem id: a cached answer reused for a problem with the same question. */
    TeacherCall forProblem(String problemId) {
        return new TeacherCall(key, problemId, strategy, seed, reply);
    }

    /** The samples, in order. */
    public List<String> texts() {
        return reply.texts();
    }

    /** The model id the server reported. */
    public String model() {
        return reply.model();
    }

    /** The server's system fingerprint, or null. */
    public String fingerprint() {
        return reply.fingerprint();
    }

    /** Prompt tokens the server counted. */
    public long promptTokens() {
        return reply.promptTokens();
    }

    /** Completion tokens the server counted. */
    public long completionTokens() {
        return reply.completionTokens();
    }
}
