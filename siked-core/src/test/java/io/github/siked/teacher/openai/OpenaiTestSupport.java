package io.github.siked.teacher.openai;

import io.github.siked.record.Problem;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Requests, configurations and a recording backoff shared by the openai teacher's tests. */
final class OpenaiTestSupport {

    static final Instant NOW = Instant.parse("2026-11-22T17:00:00Z");

    private OpenaiTestSupport() {}

    /** A fast configuration: no key variable, millisecond backoff, 2 s per request. */
    static OpenaiConfig config(FakeOpenaiServer server) {
        return OpenaiConfig.defaults(server.endpoint(), "fake-model")
                .withApiKeyEnv(null)
                .withConcurrency(8)
                .withRequestTimeout(Duration.ofSeconds(2))
                .withRetries(6, Duration.ofMillis(1), Duration.ofMillis(4));
    }

    static TeacherRequest request(String prompt, int n, long seed) {
        SortedMap<String, Object> extra = new TreeMap<>(Map.of("top_k", 40));
        Sampling sampling = new Sampling(0.7, 0.95, 512, List.of("\n\nQuestion:"), extra);
        Problem problem = new Problem("p-" + seed, prompt, "3");
        return new TeacherRequest(problem, Strategy.COT, prompt, n, seed, sampling);
    }

    /** What a fault-free server answers to {@code request}. */
    static List<String> expected(TeacherRequest request) {
        return java.util.stream.LongStream.range(0, request.n())
                .mapToObj(i -> FakeOpenaiServer.text(request.prompt(), request.seed() + i))
                .toList();
    }

    /** A backoff that records each wait instead of sleeping; jitter draws 0.5. */
    static final class RecordingBackoff {
        final ConcurrentLinkedQueue<Duration> waits = new ConcurrentLinkedQueue<>();
        final OpenaiBackoff backoff;

        RecordingBackoff(OpenaiConfig config) {
            backoff = new OpenaiBackoff(
                    config.retries().base(),
                    config.retries().cap(),
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    waits::add,
                    () -> 0.5);
        }

        List<Duration> waits() {
            return List.copyOf(waits);
        }
    }
}
