package io.github.siked.teacher.backend;

/**
 * Where teacher rationales come from: a model behind an OpenAI-compatible server, the scripted
 * teacher of the embedded default, or a file of samples made elsewhere. Implementations are
 * thread-safe: the generation stage asks from several threads at once.
 */
public interface TeacherBackend extends AutoCloseable {

    /** A short name for logs and manifests: {@code openai}, {@code scripted}, {@code file}. */
    String name();

    /**
     * What, besides the model and the request, decides this backend's answers: part of every shared
     * cache key, so that answers made under other settings (a scripted teacher's error rates, say)
     * are never reused. Defaults to {@link #name()}.
     */
    default String identity() {
        return name();
    }

    /**
     * Asks for {@code request.n()} samples for one problem and strategy.
     *
     * @throws TeacherException when the backend cannot answer after its retries; the message says
     *     what to fix (endpoint, key, model name)
     */
    TeacherReply complete(TeacherRequest request);

    @Override
    default void close() {}
}
