package io.github.siked.teacher.openai;

import static io.github.siked.teacher.openai.OpenaiTestSupport.config;
import static io.github.siked.teacher.openai.OpenaiTestSupport.expected;
import static io.github.siked.teacher.openai.OpenaiTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.event.EventListener;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The openai teacher against a well-behaved server: what it sends and what it reads back. */
class OpenaiTeacherTest {

    @RegisterExtension
    final FakeOpenaiServer server = FakeOpenaiServer.perTest();

    @Test
    void completionsSendEverySamplingFieldExplicitly() {
        OpenaiTeacher teacher = new OpenaiTeacher(config(server), EventListener.NONE);
        TeacherRequest request = request("Q: 1 + 2?\nA:", 4, 100);

        TeacherReply reply = teacher.complete(request);

        assertEquals(expected(request), reply.texts());
        JsonNode body = server.bodies().get(0);
        assertEquals("fake-model", body.get("model").asText());
        assertEquals("Q: 1 + 2?\nA:", body.get("prompt").asText());
        assertEquals(4, body.get("n").asInt());
        assertEquals(0.7, body.get("temperature").asDouble());
        assertEquals(0.95, body.get("top_p").asDouble());
        assertEquals(512, body.get("max_tokens").asInt());
        assertEquals("\n\nQuestion:", body.get("stop").get(0).asText());
        assertEquals(100, body.get("seed").asLong());
        assertEquals(40, body.get("top_k").asInt());
        assertFalse(body.get("stream").asBoolean());
        assertFalse(body.has("messages"));
    }

    @Test
    void chatSendsThePromptAsOneUserMessage() {
        OpenaiTeacher teacher = new OpenaiTeacher(config(server).withApi(OpenaiApi.CHAT), EventListener.NONE);
        TeacherRequest request = request("Q: 2 + 2?", 2, 7);

        TeacherReply reply = teacher.complete(request);

        assertEquals(expected(request), reply.texts());
        JsonNode body = server.bodies().get(0);
        assertEquals(1, body.get("messages").size());
        assertEquals("user", body.get("messages").get(0).get("role").asText());
        assertEquals("Q: 2 + 2?", body.get("messages").get(0).get("content").asText());
        assertFalse(body.has("prompt"));
        assertEquals(2, body.get("n").asInt());
    }

    @Test
    void recordsModelFingerprintAndUsage() {
        TeacherReply reply = new OpenaiTeacher(config(server), EventListener.NONE).complete(request("Q", 3, 1));

        assertEquals("fake-model", reply.model());
        assertEquals(FakeOpenaiServer.FINGERPRINT, reply.fingerprint());
        assertEquals(FakeOpenaiServer.PROMPT_TOKENS, reply.promptTokens());
        assertEquals(3 * FakeOpenaiServer.COMPLETION_TOKENS_PER_CHOICE, reply.completionTokens());
    }

    @Test
    void sendsTheKeyFromTheNamedVariable() {
        server.requireKey("sk-test-123");
        OpenaiConfig config =
                config(server).withApiKeyEnv("MY_KEY").withEnvironment(Map.of("MY_KEY", "sk-test-123")::get);

        new OpenaiTeacher(config, EventListener.NONE).complete(request("Q", 1, 1));

        assertEquals(List.of("Bearer sk-test-123"), server.authorizations());
    }

    @Test
    void sendsNoAuthorizationWithoutAKeyVariable() {
        new OpenaiTeacher(config(server), EventListener.NONE).complete(request("Q", 1, 1));

        assertEquals(List.of(""), server.authorizations());
    }

    @Test
    void listsTheServedModels() {
        server.serving("b-model", "a-model");

        List<String> models = new OpenaiTeacher(config(server), EventListener.NONE).models();

        assertEquals(List.of("a-model", "b-model"), models);
    }

    @Test
    void keepsAtMostConcurrencyRequestsInFlight() throws Exception {
        server.delay(Duration.ofMillis(20));
        OpenaiTeacher teacher = new OpenaiTeacher(config(server).withConcurrency(3), EventListener.NONE);
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<TeacherReply>> replies = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                long seed = i;
                replies.add(callers.submit(() -> teacher.complete(request("Q", 1, seed))));
            }
            for (Future<TeacherReply> reply : replies) {
                assertEquals(1, reply.get().texts().size());
            }
        } finally {
            callers.shutdownNow();
        }
        assertTrue(server.maxInFlight() <= 3, "in flight at once: " + server.maxInFlight());
        assertEquals(3, server.maxInFlight(), "12 callers should fill all 3 permits");
    }

    @Test
    void refusesAnExtraFieldThatWouldReplaceAnOwnField() {
        TeacherRequest request = request("Q", 1, 1);
        Sampling sampling =
                new Sampling(0.7, 0.95, 512, List.of(), new java.util.TreeMap<>(Map.of("temperature", 0.0)));
        TeacherRequest clash = new TeacherRequest(request.problem(), request.strategy(), "Q", 1, 1, sampling);

        TeacherException e = org.junit.jupiter.api.Assertions.assertThrows(
                TeacherException.class, () -> new OpenaiTeacher(config(server), EventListener.NONE).complete(clash));
        assertEquals(
                "sampling extra field 'temperature' would replace a field the teacher sets itself:"
                        + " set it through its own setting, not through extra",
                e.getMessage());
        assertTrue(server.bodies().isEmpty());
    }
}
