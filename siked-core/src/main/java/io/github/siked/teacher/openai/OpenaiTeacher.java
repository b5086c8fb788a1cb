package io.github.siked.teacher.openai;

import io.github.siked.event.EventListener;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code openai} teacher: asks an OpenAI-compatible server for samples. Thread-safe; at most
 * {@link OpenaiConfig#concurrency()} requests are in flight however many threads call it.
 *
 * <p>A server may return fewer choices than {@code n} (some ignore {@code n}, some cap it). The
 * missing ones are then asked one by one with {@code n = 1} and seeds {@code seed + k},
 * {@code seed + k + 1}, … where {@code k} is the number received, so that a reply always holds
 * exactly {@code n} texts, in order, each tied to its own seed.
 */
public final class OpenaiTeacher implements TeacherBackend {

    private final OpenaiConfig config;
    private final EventListener events;
    private final OpenaiCaller caller;
    private final AtomicBoolean warnedFewer = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    public OpenaiTeacher(OpenaiConfig config, EventListener events) {
        this(config, events, OpenaiBackoff.of(config));
    }

    OpenaiTeacher(OpenaiConfig config, EventListener events, OpenaiBackoff backoff) {
        this.config = config;
        this.events = events;
        this.caller = new OpenaiCaller(config, backoff, events);
    }

    @Override
    public String name() {
        return "openai";
    }

    /** The configuration this teacher runs with; printing it never prints the key. */
    public OpenaiConfig config() {
        return config;
    }

    /**
     * The model ids the server serves ({@code GET /models}); a start-up check before a long run.
     *
     * @throws TeacherException when the server cannot be reached or refuses
     */
    public List<String> models() {
        checkOpen();
        try {
            return caller.get("/models", OpenaiAnswer::readModels);
        } catch (OpenaiCaller.Refusal refusal) {
            throw refusal.status == 404 ? OpenaiErrors.notFound(config, "GET /models", null) : refusal;
        }
    }

    @Override
    public TeacherReply complete(TeacherRequest request) {
        checkOpen();
        OpenaiAnswer first = ask(request, request.n(), request.seed());
        List<String> texts = new ArrayList<>(first.texts());
        if (texts.size() > request.n()) {
            texts.subList(request.n(), texts.size()).clear();
        }
        long promptTokens = first.promptTokens();
        long completionTokens = first.completionTokens();
        String fingerprint = first.fingerprint();
        if (texts.size() < request.n() && warnedFewer.compareAndSet(false, true)) {
            events.warn("teacher " + config.server().endpoint() + " returned " + texts.size() + " of " + request.n()
                    + " choices; asking the missing ones one by one with the following seeds (reported once)");
        }
        while (texts.size() < request.n()) {
            OpenaiAnswer one = ask(request, 1, request.seed() + texts.size());
            texts.add(one.texts().get(0));
            promptTokens += one.promptTokens();
            completionTokens += one.completionTokens();
            fingerprint = fingerprint != null ? fingerprint : one.fingerprint();
        }
        String model = first.model() != null ? first.model() : config.server().model();
        return new TeacherReply(texts, model, fingerprint, promptTokens, completionTokens);
    }

    /** Nothing to release: the JDK client's idle connections close when it is collected. */
    @Override
    public void close() {
        closed.set(true);
    }

    private OpenaiAnswer ask(TeacherRequest request, int n, long seed) {
        byte[] body = OpenaiBody.write(config.server().api(), config.server().model(), request, n, seed);
        try {
            return caller.post(
                    config.server().api().path(),
                    body,
                    text -> OpenaiAnswer.read(config.server().api(), text));
        } catch (OpenaiCaller.Refusal refusal) {
            throw explain(refusal);
        }
    }

    /**
     * Turns a 404, or a refusal that speaks of an unknown model, into a message listing the models
     * the server serves, or saying that the path is wrong when the model is among them.
     */
    private TeacherException explain(OpenaiCaller.Refusal refusal) {
        boolean modelWords = OpenaiErrors.mentionsUnknownModel(refusal.said);
        if (refusal.status != 404 && !modelWords) {
            return refusal;
        }
        String request = "POST " + config.server().api().path();
        List<String> served;
        try {
            served = caller.get("/models", OpenaiAnswer::readModels);
        } catch (OpenaiCaller.Refusal e) {
            return refusal.status == 404
                    ? OpenaiErrors.notFound(config, request, OpenaiErrors.statusLine(e.status))
                    : refusal;
        }
        if (!served.contains(config.server().model())) {
            return OpenaiErrors.modelNotServed(config, served);
        }
        return refusal.status == 404 ? OpenaiErrors.notFound(config, request, null) : refusal;
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the openai teacher was closed");
        }
    }
}
