package io.github.siked.teacher.openai;

import static io.github.siked.teacher.openai.OpenaiTestSupport.NOW;
import static io.github.siked.teacher.openai.OpenaiTestSupport.config;
import static io.github.siked.teacher.openai.OpenaiTestSupport.expected;
import static io.github.siked.teacher.openai.OpenaiTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.event.Event;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import io.github.siked.teacher.openai.FakeOpenaiServer.Fault;
import io.github.siked.teacher.openai.OpenaiTestSupport.RecordingBackoff;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each fault of the test server, alone: retried or refused as the teacher promises. */
class OpenaiFaultTest {

    @RegisterExtension
    final FakeOpenaiServer server = FakeOpenaiServer.perTest();

    private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();

    @ParameterizedTest
    @EnumSource(
            value = Fault.class,
            names = {"ERROR_500", "RATE_LIMITED", "DROP", "TRUNCATED", "MALFORMED"})
    void retriesTransientFaultsUntilAnswered(Fault fault) {
        server.schedule(fault, fault);
        RecordingBackoff backoff = new RecordingBackoff(config(server));
        TeacherRequest request = request("Q: " + fault, 3, 50);

        TeacherReply reply = teacher(config(server), backoff).complete(request);

        assertEquals(expected(request), reply.texts());
        assertEquals(3, server.received(request.prompt(), 50));
        assertEquals(1, server.answered(request.prompt(), 50));
        assertEquals(2, backoff.waits().size());
        assertEquals(2, events.stream().filter(Event.Warning.class::isInstance).count());
    }

    @Test
    void retriesATimedOutRequest() {
        server.slow(Duration.ofMillis(1_500)).schedule(Fault.SLOW);
        OpenaiConfig config = config(server).withRequestTimeout(Duration.ofMillis(200));
        RecordingBackoff backoff = new RecordingBackoff(config);
        TeacherRequest request = request("Q slow", 2, 9);

        TeacherReply reply = teacher(config, backoff).complete(request);

        assertEquals(expected(request), reply.texts());
        // A loaded machine may time out the fast retry as well; the first timeout is the slow answer's.
        assertTrue(server.received(request.prompt(), 9) >= 2);
        assertTrue(
                warnings().get(0).contains("no answer within 200 ms (`<requestTimeout>`); retry 1 of 6"),
                warnings().get(0));
    }

    @Test
    void honoursRetryAfterInSeconds() {
        server.retryAfter("3").schedule(Fault.RATE_LIMITED, Fault.ERROR_500);
        RecordingBackoff backoff = new RecordingBackoff(config(server));

        teacher(config(server), backoff).complete(request("Q", 1, 1));

        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), backoff.waits());
        String warning = warnings().get(0);
        assertTrue(warning.endsWith("got 429 Too Many Requests; retry 1 of 6 in 3 s (Retry-After: 3)"), warning);
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() {
        String date =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(5).atOffset(ZoneOffset.UTC));
        server.retryAfter(date).schedule(Fault.RATE_LIMITED);
        RecordingBackoff backoff = new RecordingBackoff(config(server));

        teacher(config(server), backoff).complete(request("Q", 1, 1));

        assertEquals(List.of(Duration.ofSeconds(5)), backoff.waits());
    }

    @Test
    void backsOffExponentiallyWithJitterUpToTheCap() {
        server.schedule(Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
        OpenaiConfig config = config(server).withRetries(6, Duration.ofMillis(10), Duration.ofMillis(40));
        RecordingBackoff backoff = new RecordingBackoff(config);

        teacher(config, backoff).complete(request("Q", 1, 1));

        // The recorded jitter draws 0.5 of each ceiling: 10, 20, 40, 40, 40 ms.
        List<Long> millis = backoff.waits().stream().map(Duration::toMillis).toList();
        assertEquals(List.of(5L, 10L, 20L, 20L, 20L), millis);
    }

    @Test
    void asksMissingChoicesOneByOneWithTheFollowingSeeds() {
        TeacherRequest request = request("Q fewer", 5, 200);

        TeacherReply reply = completeAfter(Fault.FEWER_CHOICES, request);

        var bodies = server.bodies();
        assertEquals(
                List.of(5, 1, 1, 1),
                bodies.stream().map(b -> b.get("n").asInt()).toList());
        List<Long> seeds = bodies.stream().map(b -> b.get("seed").asLong()).toList();
        assertEquals(List.of(200L, 202L, 203L, 204L), seeds);
        assertEquals(4 * FakeOpenaiServer.PROMPT_TOKENS, reply.promptTokens());
        assertEquals((2 + 3) * FakeOpenaiServer.COMPLETION_TOKENS_PER_CHOICE, reply.completionTokens());
        assertEquals(
                List.of("teacher " + server.endpoint() + " returned 2 of 5 choices; asking the missing"
                        + " ones one by one with the following seeds (reported once)"),
                warnings());
    }

    @Test
    void retriesAnAnswerWithNoChoices() {
        completeAfter(Fault.FEWER_CHOICES, request("Q none", 1, 3));

        String warning = warnings().get(0);
        assertTrue(warning.contains("got an answer that cannot be read: the response holds no choices"), warning);
    }

    @Test
    void doesNotRetryABadRequest() {
        server.schedule(Fault.BAD_REQUEST);
        RecordingBackoff backoff = new RecordingBackoff(config(server));

        OpenaiTeacher teacher = teacher(config(server), backoff);

        assertThrows(TeacherException.class, () -> teacher.complete(request("Q", 1, 1)));

        assertEquals(1, server.bodies().size());
        assertTrue(backoff.waits().isEmpty());
    }

    @Test
    void retriesARefusedConnectionOnceTheServerHadAnswered() {
        OpenaiConfig config = config(server).withRetries(2, Duration.ofMillis(1), Duration.ofMillis(1));
        OpenaiTeacher teacher = teacher(config, new RecordingBackoff(config));
        teacher.complete(request("Q", 1, 1));
        server.close();

        TeacherException e = assertThrows(TeacherException.class, () -> teacher.complete(request("Q", 1, 2)));

        assertEquals(
                "`siked.teacher.endpoint` " + server.endpoint() + " failed POST /completions 3 times;"
                        + " the last: connection refused. Check the server's log, or allow more retries with"
                        + " `<maxRetries>` (now 2)",
                e.getMessage());
    }

    /** Asks after scheduling {@code fault}, and checks that the reply is what a fault-free server gives. */
    private TeacherReply completeAfter(Fault fault, TeacherRequest request) {
        server.schedule(fault);
        TeacherReply reply =
                teacher(config(server), new RecordingBackoff(config(server))).complete(request);
        assertEquals(expected(request), reply.texts());
        return reply;
    }

    private OpenaiTeacher teacher(OpenaiConfig config, RecordingBackoff backoff) {
        return new OpenaiTeacher(config, events::add, backoff.backoff);
    }

    private List<String> warnings() {
        return events.stream()
                .filter(Event.Warning.class::isInstance)
                .map(event -> ((Event.Warning) event).message())
                .toList();
    }
}
