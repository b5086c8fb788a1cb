package io.github.siked.teacher.openai;

import static io.github.siked.teacher.openai.OpenaiTestSupport.config;
import static io.github.siked.teacher.openai.OpenaiTestSupport.expected;
import static io.github.siked.teacher.openai.OpenaiTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.event.Event;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import io.github.siked.teacher.openai.FakeOpenaiServer.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of requests from many threads against a server that fails a third of them in every
 * way it knows: each reply is what a fault-free server gives, and no sample is answered twice.
 */
class OpenaiSoakTest {

    private static final int REQUESTS = 300;

    @Test
    void mixedFaultsLoseNothingAndRepeatNothing() throws Exception {
        try (FakeOpenaiServer server = FakeOpenaiServer.start()) {
            server.retryAfter("0")
                    .delay(Duration.ofMillis(2))
                    .slow(Duration.ofMillis(20))
                    .mix(
                            0.35,
                            42,
                            Fault.ERROR_500,
                            Fault.RATE_LIMITED,
                            Fault.SLOW,
                            Fault.DROP,
                            Fault.TRUNCATED,
                            Fault.MALFORMED,
                            Fault.FEWER_CHOICES);
            OpenaiConfig config =
                    config(server).withConcurrency(8).withRetries(12, Duration.ofMillis(1), Duration.ofMillis(4));
            AtomicInteger retries = new AtomicInteger();
            OpenaiTeacher teacher = new OpenaiTeacher(config, event -> {
                if (event instanceof Event.Warning warning && warning.message().contains("; retry ")) {
                    retries.incrementAndGet();
                }
            });
            List<TeacherRequest> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(request("soak question " + i, 1 + i % 4, 10L * i));
            }

            ExecutorService callers = Executors.newFixedThreadPool(16);
            List<Future<TeacherReply>> replies = new ArrayList<>();
            try {
                for (TeacherRequest request : requests) {
                    replies.add(callers.submit(() -> teacher.complete(request)));
                }
                for (int i = 0; i < REQUESTS; i++) {
                    assertEquals(expected(requests.get(i)), replies.get(i).get().texts(), "request " + i);
                }
            } finally {
                callers.shutdownNow();
            }

            assertEquals(1, server.maxAnsweredPerSeed(), "a sample was answered twice");
            assertTrue(server.maxInFlight() <= 8, "in flight at once: " + server.maxInFlight());
            assertTrue(retries.get() > 50, "the mix should have forced many retries, saw " + retries.get());
        }
    }
}
