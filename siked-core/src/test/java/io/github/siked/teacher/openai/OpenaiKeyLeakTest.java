package io.github.siked.teacher.openai;

import static io.github.siked.teacher.openai.OpenaiTestSupport.config;
import static io.github.siked.teacher.openai.OpenaiTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.event.Event;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.openai.FakeOpenaiServer.Fault;
import io.github.siked.teacher.openai.OpenaiTestSupport.RecordingBackoff;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * The API key goes to the server and nowhere else: not into a message, a stack trace, an event or
 * the printed configuration, even when the server echoes it back.
 */
class OpenaiKeyLeakTest {

    private static final String KEY = "sk-leak-Zq81xP0wTnVb";

    @Test
    void theKeyAppearsInNoMessageEventOrConfiguration() throws Exception {
        ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        List<String> seen = new ArrayList<>();
        try (FakeOpenaiServer server = FakeOpenaiServer.start()) {
            OpenaiConfig config = config(server)
                    .withApiKeyEnv("TEACHER_KEY")
                    .withEnvironment(Map.of("TEACHER_KEY", KEY)::get)
                    .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1));
            OpenaiTeacher teacher = new OpenaiTeacher(config, events::add, new RecordingBackoff(config).backoff);

            // A retried 500, then retries running out, then a refusal that echoes the header back.
            server.schedule(Fault.ERROR_500, Fault.NONE, Fault.ERROR_500, Fault.ERROR_500, Fault.BAD_REQUEST);
            teacher.complete(request("Q", 1, 1));
            seen.add(failure(() -> teacher.complete(request("Q", 1, 2))));
            String refused = failure(() -> teacher.complete(request("Q", 1, 3)));
            assertTrue(refused.contains("bad request from Bearer ***"), refused);
            seen.add(refused);
            // An unknown model, then a key the server does not accept (its 401 body quotes the key).
            OpenaiConfig unknown = new OpenaiConfig(
                    new OpenaiServer(
                            config.server().endpoint(), "nope", config.server().api()),
                    config.key(),
                    1,
                    config.requestTimeout(),
                    new OpenaiRetries(
                            0, config.retries().base(), config.retries().cap()));
            seen.add(failure(() -> new OpenaiTeacher(unknown, events::add).complete(request("Q", 1, 4))));
            server.requireKey("sk-some-other-key");
            seen.add(failure(() -> teacher.complete(request("Q", 1, 5))));
            seen.add(failure(teacher::models));
            seen.add(config.toString());
            seen.add(teacher.config().toString());

            assertTrue(server.authorizations().contains("Bearer " + KEY), "the key should have been sent");
        }
        events.forEach(event -> seen.add(event.toString()));
        assertEquals(7 + events.size(), seen.size());
        assertEquals(2, events.size(), "expected retry warnings, saw " + events);
        for (String text : seen) {
            assertFalse(text.contains(KEY), "the key leaked into: " + text);
            assertFalse(text.contains(KEY.substring(3)), "part of the key leaked into: " + text);
        }
    }

    /** Everything a failure prints: message, causes and stack trace. */
    private static String failure(Runnable action) {
        TeacherException e = assertThrows(TeacherException.class, action::run);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
